import { ACCENT, AXIS, GRID, HIGHLIGHT, INK, MUTED_INK } from './palette';
import { linear, maxOf, niceTicks } from './scale';
import { useWidth } from './useWidth';

export interface MultipleSeries {
  readonly key: string;
  readonly label: string;
  readonly highlight?: boolean;
  /** One value per year of `years` (null = no report or no figure). */
  readonly values: readonly (number | null)[];
}

export interface SmallMultiplesProps {
  readonly years: readonly number[];
  readonly series: readonly MultipleSeries[];
  readonly formatValue: (value: number) => string;
  readonly formatTick: (value: number) => string;
  readonly ariaLabel: string;
}

const CELL_HEIGHT = 120;
const GAP = 14;

/**
 * One small column chart per entity over the years, all on the same scale (so heights compare
 * across panels), as a single SVG so it exports as one image.
 */
export function SmallMultiples({ years, series, formatValue, formatTick, ariaLabel }: SmallMultiplesProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const columns = Math.max(1, Math.min(4, Math.floor((width + GAP) / (200 + GAP))));
  const cellWidth = (width - GAP * (columns - 1)) / columns;
  const rows = Math.ceil(series.length / columns);
  const height = rows * (CELL_HEIGHT + 34) + (rows - 1) * GAP;
  const ticks = niceTicks(maxOf(series.flatMap((s) => s.values)), 2);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotLeft = 40;
  const plotHeight = CELL_HEIGHT - 22;
  const y = linear(top, plotHeight);

  return (
    <div ref={ref} className="chart small-multiples" data-chart="multiples" data-points={series.length}>
      <svg data-chart-root="" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel} fontSize={10}>
        {series.map((s, index) => {
          const col = index % columns;
          const row = Math.floor(index / columns);
          const ox = col * (cellWidth + GAP);
          const oy = row * (CELL_HEIGHT + 34 + GAP);
          const plotWidth = cellWidth - plotLeft - 4;
          const band = plotWidth / Math.max(1, years.length);
          const base = oy + 20 + plotHeight;
          return (
            <g key={s.key} data-item={s.key}>
              <text x={ox} y={oy + 12} fontSize={12} fontWeight={600} fill={s.highlight ? HIGHLIGHT : INK}>
                {s.label}
              </text>
              {ticks.map((tick) => (
                <g key={tick}>
                  <line x1={ox + plotLeft} x2={ox + cellWidth - 4} y1={base - y(tick)} y2={base - y(tick)} stroke={GRID} />
                  <text x={ox + plotLeft - 4} y={base - y(tick)} textAnchor="end" dominantBaseline="central" fill={MUTED_INK}>
                    {formatTick(tick)}
                  </text>
                </g>
              ))}
              {s.values.map((v, i) => {
                const x = ox + plotLeft + i * band + band * 0.18;
                const w = band * 0.64;
                if (v === null) {
                  return (
                    <text key={years[i]} x={x + w / 2} y={base - 4} textAnchor="middle" fill={AXIS}>
                      ·
                    </text>
                  );
                }
                const h = Math.max(v > 0 ? 1 : 0.5, y(v));
                return (
                  <rect key={years[i]} x={x} y={base - h} width={w} height={h} fill={s.highlight ? HIGHLIGHT : ACCENT} rx={1}>
                    <title>{`${s.label} ${years[i]}: ${formatValue(v)}`}</title>
                  </rect>
                );
              })}
              <line x1={ox + plotLeft} x2={ox + cellWidth - 4} y1={base} y2={base} stroke={AXIS} />
              {years.map((year, i) => (
                <text key={year} x={ox + plotLeft + (i + 0.5) * band} y={base + 12} textAnchor="middle" fill={MUTED_INK}>
                  {years.length > 5 ? String(year).slice(2) : year}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
