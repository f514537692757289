import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../testing/fixtures';
import { benchmarkLines, standingOf, stripPosition, type BenchmarkRow } from './benchmark-data';

const row = (metric: string, value: number | null, percentile: number | null): BenchmarkRow =>
  ({ __typename: 'Benchmark', metric, value, percentile, rank: 1, peerCount: 5, median: 2, q1: 1, q3: 3, min: 0, max: 4 }) as unknown as BenchmarkRow;

describe('standingOf', () => {
  it('reads the percentile with the catalogue’s direction', () => {
    expect(standingOf(90, true)).toBe('good');
    expect(standingOf(90, false)).toBe('bad');
    expect(standingOf(10, true)).toBe('bad');
    expect(standingOf(10, false)).toBe('good');
    expect(standingOf(50, true)).toBe('neutral');
    expect(standingOf(90, null)).toBe('neutral');
    expect(standingOf(null, true)).toBeNull();
  });
});

describe('benchmarkLines', () => {
  it('follows the catalogue order and drops metrics the catalogue does not know', () => {
    const lines = benchmarkLines([row('grantRate', 84.6, 80), row('unknown', 1, 1), row('requestsReceived', 13, 0)], CATALOGUE);
    expect(lines.map((l) => l.metric.key)).toEqual(['requestsReceived', 'grantRate']);
    expect(lines[1]!.standing).toBe('good');
    expect(lines[0]!.standing).toBe('neutral');
  });
});

describe('stripPosition', () => {
  const peers = { min: 0, q1: 10, median: 20, q3: 40, max: 1000 };
  it('places the five-number summary at 0, ¼, ½, ¾, 1 and interpolates between', () => {
    expect([0, 10, 20, 40, 1000].map((v) => stripPosition(v, peers))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(stripPosition(15, peers)).toBe(0.375);
    expect(stripPosition(520, peers)).toBe(0.875);
  });

  it('clamps outside values and handles ties (all peers equal)', () => {
    expect(stripPosition(-5, peers)).toBe(0);
    expect(stripPosition(5000, peers)).toBe(1);
    const flat = { min: 3, q1: 3, median: 3, q3: 3, max: 3 };
    expect(stripPosition(3, flat)).toBe(0);
  });
});
