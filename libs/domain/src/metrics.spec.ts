import { describe, expect, it } from 'vitest';
import { METRICS, metricValueKeys } from './metrics.js';
import { REQUEST_ROWS, REVIEW_ROWS, PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021, valueKey } from './report-template.js';

const templateKeys = new Set<string>([
  ...REQUEST_ROWS.flatMap((r) => r.columns.map((c) => valueKey('requests', r.key, c.key))),
  ...REVIEW_ROWS.flatMap((r) => r.columns.map((c) => valueKey('reviewLitigation', r.key, c.key))),
  ...[...PROACTIVE_ROWS_2019, ...PROACTIVE_ROWS_2021].flatMap((r) => r.columns.map((c) => valueKey('proactive', r.key, c.key))),
]);

describe('metric catalogue', () => {
  it('has unique keys', () => {
    expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
  });

  it('reads only value keys that exist in the template', () => {
    const unknown = METRICS.flatMap((m) => metricValueKeys(m).filter((k) => !templateKeys.has(k)).map((k) => `${m.key}: ${k}`));
    expect(unknown).toEqual([]);
  });

  it('groups every outcome row into exactly one outcome metric', () => {
    const outcomeKeys = METRICS.filter((m) => m.group === 'outcomes').flatMap((m) => m.numerator);
    expect(outcomeKeys).toHaveLength(21);
    expect(new Set(outcomeKeys).size).toBe(21);
  });
});
