import { textWidth } from '../export';
import { AXIS, INK } from './palette';
import { linear, maxOf } from './scale';
import { useWidth } from './useWidth';

export interface BarCategory {
  readonly key: string;
  readonly label: string;
}

export interface BarSeriesSpec {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

export interface GroupedBarsProps {
  readonly categories: readonly BarCategory[];
  readonly series: readonly BarSeriesSpec[];
  /** The figure of a category in a series; null = not reported (nothing is drawn). */
  readonly value: (category: string, series: string) => number | null;
  readonly formatValue: (value: number) => string;
  readonly ariaLabel: string;
}

const BAR = 16;
const GAP = 3;
const PAD = 14;

/**
 * Horizontal bars, one group per category (metric) and one bar per series (year), each figure
 * drawn at the end of its bar, so long Chinese names stay readable. A reported 0 gets a hairline
 * bar and its "0"; a blank draws nothing. Plain SVG: no animation, exports as it is.
 */
export function GroupedBars({ categories, series, value, formatValue, ariaLabel }: GroupedBarsProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const all = categories.flatMap((c) => series.map((s) => value(c.key, s.key)));
  const labelWidth = Math.min(Math.max(...categories.map((c) => textWidth(c.label, 13)), 40) + 14, width * 0.45);
  const valueWidth = Math.max(24, ...all.map((v) => (v === null ? 0 : textWidth(formatValue(v), 12)))) + 10;
  const plot = Math.max(40, width - labelWidth - valueWidth);
  const x = linear(maxOf(all), plot);
  const groupHeight = series.length * BAR + (series.length - 1) * GAP + PAD;
  const height = categories.length * groupHeight + 6;

  return (
    <div ref={ref} className="chart grouped-bars" data-chart="bars" data-points={all.filter((v) => v !== null).length}>
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
      <svg data-chart-root="" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel}>
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke={AXIS} strokeWidth={1} />
        {categories.map((category, ci) => {
          const top = 3 + ci * groupHeight + PAD / 2;
          return (
            <g key={category.key} data-category={category.key}>
              <text className="category-label" x={labelWidth - 8} y={top + (groupHeight - PAD) / 2} textAnchor="end" dominantBaseline="central" fontSize={13} fill="#334155">
                {category.label}
              </text>
              {series.map((s, si) => {
                const v = value(category.key, s.key);
                if (v === null) return null;
                const y = top + si * (BAR + GAP);
                const w = v === 0 ? 1 : Math.max(1, x(v));
                return (
                  <g key={s.key} data-series={s.key}>
                    <rect x={labelWidth} y={y} width={w} height={BAR} rx={2} fill={s.color}>
                      <title>{`${category.label} · ${s.name}: ${formatValue(v)}`}</title>
                    </rect>
                    <text className="bar-label" x={labelWidth + w + 5} y={y + BAR / 2} dominantBaseline="central" fontSize={12} fontWeight={500} fill={INK}>
                      {formatValue(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
