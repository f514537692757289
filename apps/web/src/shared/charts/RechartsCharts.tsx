import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS, GRID, INK, MUTED_INK } from './palette';

export interface ChartSeries {
  readonly dataKey: string;
  readonly name: string;
  readonly color: string;
}

export interface ChartDatum {
  readonly label: string;
  readonly [dataKey: string]: string | number | null;
}

interface CommonProps {
  readonly data: readonly ChartDatum[];
  readonly series: readonly ChartSeries[];
  readonly formatValue: (value: number) => string;
  readonly formatTick: (value: number) => string;
  readonly ariaLabel: string;
  readonly height?: number;
}

/** The series in their given order (recharts' own legend sorts them by name). */
function SeriesLegend({ series, line = false }: { readonly series: readonly ChartSeries[]; readonly line?: boolean }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.dataKey}>
          <span className={line ? 'chart-legend__swatch chart-legend__swatch--line' : 'chart-legend__swatch'} style={{ background: s.color }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

const tooltipFormatter = (format: (v: number) => string) => (value: unknown) =>
  typeof value === 'number' ? format(value) : '—';

/** Lines over the years; a missing year leaves a gap (never a made-up value). */
export function LineChartView({ data, series, formatValue, formatTick, ariaLabel, height = 320 }: CommonProps) {
  return (
    <div className="chart" role="img" aria-label={ariaLabel} data-chart="lines" data-points={data.length * series.length}>
      <SeriesLegend series={series} line />
      <LineChart responsive style={{ width: '100%', height }} data={data as ChartDatum[]} margin={{ top: 12, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: AXIS }} tick={{ fill: INK, fontSize: 12 }} padding={{ left: 16, right: 16 }} />
        <YAxis width="auto" tickLine={false} axisLine={false} tick={{ fill: MUTED_INK, fontSize: 11 }} tickFormatter={formatTick} />
        <Tooltip formatter={tooltipFormatter(formatValue)} isAnimationActive={false} />
        {series.map((s) => (
          <Line
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            dot={{ r: 3, fill: s.color }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </div>
  );
}

/**
 * 100 % stacked horizontal bars: each row's parts as shares of the row (recharts' "expand"
 * offset scales the drawing; the tooltip and the table show the reported counts).
 */
export function StackedShareChart({
  data,
  series,
  formatValue,
  ariaLabel,
  formatPercent,
}: Omit<CommonProps, 'formatTick' | 'height'> & { readonly formatPercent: (share: number) => string }) {
  const height = data.length * 28 + 36;
  return (
    <div className="chart" role="img" aria-label={ariaLabel} data-chart="stacked" data-points={data.length}>
      <SeriesLegend series={series} />
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data as ChartDatum[]}
        layout="vertical"
        stackOffset="expand"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        barSize={18}
      >
        <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={formatPercent} tick={{ fill: MUTED_INK, fontSize: 11 }} axisLine={{ stroke: AXIS }} tickLine={false} />
        <YAxis type="category" dataKey="label" width="auto" interval={0} tickLine={false} axisLine={{ stroke: AXIS }} tick={{ fill: INK, fontSize: 12 }} />
        <Tooltip formatter={tooltipFormatter(formatValue)} isAnimationActive={false} />
        {series.map((s) => (
          <Bar key={s.dataKey} dataKey={s.dataKey} name={s.name} fill={s.color} stackId="share" isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
