import { describe, expect, it } from 'vitest';
import { formatValue } from './format';

describe('formatValue', () => {
  it('groups thousands and keeps the reported decimals of 万元 amounts', () => {
    expect(formatValue(37292, 'count', 'zh')).toBe('37,292');
    expect(formatValue(5087.94, 'wan', 'zh')).toBe('5,087.94');
    expect(formatValue(5087.9, 'wan', 'en')).toBe('5,087.9');
  });

  it('shows zero as 0 and missing values as null', () => {
    expect(formatValue(0, 'count', 'zh')).toBe('0');
    expect(formatValue(null, 'count', 'zh')).toBeNull();
    expect(formatValue(undefined, 'count', 'zh')).toBeNull();
    expect(formatValue(Number.NaN, 'count', 'zh')).toBeNull();
  });

  it('rounds rates to one decimal', () => {
    expect(formatValue(84.615384, 'percent', 'en')).toBe('84.6');
  });
});
