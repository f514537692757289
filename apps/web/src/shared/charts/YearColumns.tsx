import { AXIS, GRID, INK, MUTED_INK } from './palette';
import { niceTicks } from './scale';
import { useWidth } from './useWidth';
import type { BarSeriesSpec } from './GroupedBars';

export interface YearColumnsProps {
  /** Column labels, e.g. years. */
  readonly labels: readonly string[];
  readonly series: readonly BarSeriesSpec[];
  readonly value: (labelIndex: number, series: string) => number | null;
  /** Stack the series (parts of a whole, non-negative). */
  readonly stacked?: boolean;
  readonly showLabels?: boolean;
  readonly formatValue: (value: number) => string;
  readonly formatTick: (value: number) => string;
  readonly ariaLabel: string;
  readonly height?: number;
}

const LEFT = 52;
const TOP = 18;
const BOTTOM = 24;

/** Symmetric nice ticks when values go below zero (year-on-year changes). */
function ticksFor(min: number, max: number): number[] {
  const up = niceTicks(Math.max(max, 0) || (min < 0 ? 0 : 1));
  if (min >= 0) return up;
  const step = up.length > 1 ? up[1] - up[0] : 1;
  const down: number[] = [];
  for (let v = -step; v > min - step; v -= step) down.unshift(Number(v.toPrecision(12)));
  return [...down, ...(max > 0 ? up : [0])];
}

/**
 * Columns over the years, grouped or stacked, with the figure on top of single-series columns.
 * Missing years leave a gap (never a made-up 0). Plain SVG: fast, no animation, exports as it is.
 */
export function YearColumns({ labels, series, value, stacked = false, showLabels = true, formatValue, formatTick, ariaLabel, height = 240 }: YearColumnsProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, value(i, s.key) ?? 0), 0));
  const values = labels.flatMap((_, i) => series.map((s) => value(i, s.key) ?? 0));
  const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...values);
  const min = stacked ? 0 : Math.min(0, ...values);
  const ticks = ticksFor(min, max);
  const top = ticks[ticks.length - 1];
  const bottom = ticks[0];
  const plotHeight = height - TOP - BOTTOM;
  const y = (v: number) => TOP + ((top - v) / (top - bottom || 1)) * plotHeight;
  const plotWidth = Math.max(60, width - LEFT - 8);
  const band = plotWidth / Math.max(1, labels.length);
  const groupWidth = Math.min(band * 0.7, stacked ? 56 : 28 * series.length);
  const barWidth = stacked ? groupWidth : groupWidth / series.length;
  const drawLabels = showLabels && (stacked ? false : series.length <= 3);

  return (
    <div ref={ref} className="chart year-columns" data-chart="columns" data-points={labels.length}>
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <span className="chart-legend__swatch" style={{ background: s.color }} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg data-chart-root="" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel} fontSize={11}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={LEFT + plotWidth} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? AXIS : GRID} />
            <text x={LEFT - 6} y={y(tick)} textAnchor="end" dominantBaseline="central" fill={MUTED_INK}>
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          const x0 = LEFT + i * band + (band - groupWidth) / 2;
          let base = 0;
          return (
            <g key={label} data-label={label}>
              {series.map((s, si) => {
                const v = value(i, s.key);
                if (v === null) return null;
                const from = stacked ? base : 0;
                const to = stacked ? base + Math.max(0, v) : v;
                if (stacked) base = to;
                const x = stacked ? x0 : x0 + si * barWidth;
                const y1 = y(Math.max(from, to));
                const h = Math.max(v === 0 ? 0.75 : 1, Math.abs(y(from) - y(to)));
                return (
                  <g key={s.key} data-series={s.key}>
                    <rect x={x + 1} y={y1} width={Math.max(1, barWidth - 2)} height={h} fill={s.color}>
                      <title>{`${label} · ${s.name}: ${formatValue(v)}`}</title>
                    </rect>
                    {drawLabels && (
                      <text className="bar-label" x={x + barWidth / 2} y={v >= 0 ? y1 - 4 : y1 + h + 11} textAnchor="middle" fill={INK} fontSize={series.length > 1 ? 10 : 11}>
                        {formatValue(v)}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={LEFT + (i + 0.5) * band} y={height - 6} textAnchor="middle" fill={INK} fontSize={12}>
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
