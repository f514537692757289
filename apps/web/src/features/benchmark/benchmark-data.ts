import type { BenchmarkAllQuery, PeerGroup } from '../../generated/graphql';
import type { CatalogueMetric } from '../../shared/api';

export const PEER_GROUPS: readonly PeerGroup[] = ['SAME_PARENT', 'SAME_LEVEL_IN_PROVINCE', 'NATIONWIDE', 'POPULATION_BAND'];

export type BenchmarkRow = BenchmarkAllQuery['benchmarkAll'][number];

export interface BenchmarkLine {
  readonly metric: CatalogueMetric;
  readonly row: BenchmarkRow;
  /** good / bad / neutral, from the catalogue's direction and the percentile; null without a value. */
  readonly standing: 'good' | 'bad' | 'neutral' | null;
}

/**
 * The catalogue's reading of a percentile: in the top quarter of the peers it is good when a
 * higher value is better and bad when a lower value is better, the reverse in the bottom quarter.
 */
export function standingOf(percentile: number | null | undefined, higherIsBetter: boolean | null | undefined): BenchmarkLine['standing'] {
  if (percentile === null || percentile === undefined) return null;
  if (higherIsBetter === null || higherIsBetter === undefined) return 'neutral';
  if (percentile >= 75) return higherIsBetter ? 'good' : 'bad';
  if (percentile <= 25) return higherIsBetter ? 'bad' : 'good';
  return 'neutral';
}

/** Benchmark rows in catalogue order (grouped as the catalogue groups them), unknown metrics dropped. */
export function benchmarkLines(rows: readonly BenchmarkRow[], catalogue: readonly CatalogueMetric[]): BenchmarkLine[] {
  const byMetric = new Map(rows.map((r) => [r.metric, r]));
  return catalogue.flatMap((metric) => {
    const row = byMetric.get(metric.key);
    return row ? [{ metric, row, standing: standingOf(row.percentile, metric.higherIsBetter) }] : [];
  });
}

/** The peers' five-number summary (min, quartiles, median, max) of a benchmark row. */
export interface PeerSummary {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/**
 * Position of a value on the peers' quantile scale, 0–1: min, Q1, median, Q3 and max sit at
 * 0, ¼, ½, ¾ and 1, and a value between two of them is placed linearly between. Figures of
 * counties are heavily skewed (one county with ten times the others), so a linear scale would
 * crowd almost every county into the left edge; this scale shows where the subject stands.
 */
export function stripPosition(value: number, peers: PeerSummary): number {
  const stops = [peers.min, peers.q1, peers.median, peers.q3, peers.max];
  if (value <= stops[0]) return 0;
  if (value >= stops[4]) return 1;
  for (let i = 0; i < 4; i++) {
    const from = stops[i];
    const to = stops[i + 1];
    if (value <= to) return to > from ? (i + (value - from) / (to - from)) / 4 : (i + 0.5) / 4;
  }
  return 1;
}
