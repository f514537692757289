/** "Nice" axis ticks from 0 to at least max: steps of 1, 2, 2.5 or 5 × 10^n. */
export function niceTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.5 && ticks.length <= count * 3; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** The largest finite value (0 when none): the chart's scale, shared by small multiples. */
export function maxOf(values: Iterable<number | null | undefined>): number {
  let max = 0;
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v) && v > max) max = v;
  return max;
}

export function linear(domainMax: number, rangeMax: number): (v: number) => number {
  const k = domainMax > 0 ? rangeMax / domainMax : 0;
  return (v) => Math.max(0, v) * k;
}
