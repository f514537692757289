import { describe, expect, it } from 'vitest';
import { linear, maxOf, niceTicks } from './scale';

describe('niceTicks', () => {
  it('covers the maximum with round steps', () => {
    expect(niceTicks(13)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(37292)).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('maxOf and linear', () => {
  it('ignores blanks and scales from zero', () => {
    expect(maxOf([3, null, 7, undefined, Number.NaN])).toBe(7);
    expect(maxOf([])).toBe(0);
    expect(linear(10, 200)(5)).toBe(100);
    expect(linear(0, 200)(5)).toBe(0);
  });
});
