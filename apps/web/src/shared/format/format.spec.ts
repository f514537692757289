import { describe, expect, it } from 'vitest';
import { changeDirection, formatBytes, formatChange, formatCompact, formatShare, formatValue } from './format';

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

describe('formatChange and formatShare', () => {
  it('signs a year-on-year ratio and shows no sign for zero', () => {
    expect(formatChange(0.25, 'en')).toBe('+25.0%');
    expect(formatChange(-0.1234, 'zh')).toBe('-12.3%');
    expect(formatChange(0, 'en')).toBe('0.0%');
    expect(formatChange(null, 'en')).toBeNull();
  });

  it('shows a 0–1 share as a percentage', () => {
    expect(formatShare(1 / 6, 'zh')).toBe('16.7%');
    expect(formatShare(null, 'zh')).toBeNull();
  });

  it('classifies directions', () => {
    expect(changeDirection(0.1)).toBe('up');
    expect(changeDirection(-0.1)).toBe('down');
    expect(changeDirection(0)).toBe('flat');
    expect(changeDirection(null)).toBeNull();
  });
});

describe('formatCompact and formatBytes', () => {
  it('uses the locale’s compact notation', () => {
    expect(formatCompact(12000, 'zh')).toBe('1.2万');
    expect(formatCompact(12000, 'en')).toBe('12K');
  });

  it('formats sizes', () => {
    expect(formatBytes(8819, 'en')).toBe('8.6 KB');
    expect(formatBytes(100, 'zh')).toBe('100 B');
  });
});
