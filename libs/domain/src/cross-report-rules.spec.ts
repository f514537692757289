import { describe, expect, it } from 'vitest';
import { tableFingerprint, type ValueMap } from './index.js';

const table = (cells: Record<string, number | null>): ValueMap => new Map(Object.entries(cells));

// One request from a natural person, granted: six non-zero cells, but only three besides the
// totals, and all of them 1. Hundreds of small departments print exactly this.
const ONE_REQUEST_GRANTED = table({
  'requests.newReceived.naturalPerson': 1,
  'requests.newReceived.total': 1,
  'requests.granted.naturalPerson': 1,
  'requests.granted.total': 1,
  'requests.totalProcessed.naturalPerson': 1,
  'requests.totalProcessed.total': 1,
  'requests.carriedOver.total': 0,
});

// A request table with varied figures.
const HUANREN = table({
  'requests.newReceived.naturalPerson': 12,
  'requests.newReceived.commercial': 1,
  'requests.newReceived.total': 13,
  'requests.granted.naturalPerson': 10,
  'requests.granted.commercial': 1,
  'requests.granted.total': 11,
  'requests.partiallyGranted.naturalPerson': 2,
  'requests.partiallyGranted.total': 2,
  'requests.totalProcessed.naturalPerson': 12,
  'requests.totalProcessed.commercial': 1,
  'requests.totalProcessed.total': 13,
});

describe('tableFingerprint (duplicate tables)', () => {
  it('ignores tables too small to prove copying: all zero, or a few cells repeated in the totals', () => {
    expect(tableFingerprint(table({ 'requests.newReceived.total': 0, 'requests.granted.total': 0 }), 'requests')).toBeNull();
    expect(tableFingerprint(ONE_REQUEST_GRANTED, 'requests')).toBeNull();
    expect(tableFingerprint(new Map(), 'requests')).toBeNull();
  });

  it('ignores five non-zero cells with fewer than three different values', () => {
    const ones = table({ 'requests.newReceived.naturalPerson': 1, 'requests.newReceived.commercial': 1, 'requests.granted.naturalPerson': 1, 'requests.granted.commercial': 2, 'requests.totalProcessed.naturalPerson': 1 });
    expect(tableFingerprint(ones, 'requests')).toBeNull();
  });

  it('fingerprints a varied table: equal for the same figures in any order, different when one cell differs', () => {
    const fingerprint = tableFingerprint(HUANREN, 'requests');
    expect(fingerprint).not.toBeNull();
    expect(tableFingerprint(new Map([...HUANREN.entries()].reverse()), 'requests')).toBe(fingerprint);
    expect(tableFingerprint(new Map([...HUANREN, ['requests.granted.naturalPerson', 9]]), 'requests')).not.toBe(fingerprint);
    expect(tableFingerprint(new Map([...HUANREN, ['proactive.regulations.issued', 4]]), 'requests')).toBe(fingerprint);
  });
});
