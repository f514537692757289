import { Bar, BarChart, LabelList, Legend, XAxis, YAxis } from 'recharts';
import { seriesColor } from './chart-palette';

export interface BarSeries {
  readonly dataKey: string;
  readonly name: string;
}

export interface BarDatum {
  readonly label: string;
  readonly [dataKey: string]: string | number | null;
}

export interface BarChartViewProps {
  /** One row per category (metric); each series reads its own numeric field. */
  readonly data: readonly BarDatum[];
  readonly series: readonly BarSeries[];
  /** Formats a value for the label drawn at the end of its bar. */
  readonly formatValue: (value: number) => string;
  readonly ariaLabel: string;
}

const BAR_SIZE = 18;
const BAR_GAP = 4;
const ROW_PADDING = 18;

/** A reported zero gets a hairline bar so its "0" label is drawn; a missing value (null) draws nothing. */
const zeroAsHairline = (value: unknown) => (value === 0 ? 1 : 0);

/**
 * Horizontal bars, so long Chinese category names stay readable, with each value drawn as a
 * label at the bar end. No animation: the figures are on screen at once (and for the browser test).
 */
export function BarChartView({ data, series, formatValue, ariaLabel }: BarChartViewProps) {
  const rowHeight = series.length * BAR_SIZE + (series.length - 1) * BAR_GAP + ROW_PADDING;
  const legendHeight = series.length > 1 ? 32 : 0;
  const height = data.length * rowHeight + legendHeight + 8;
  const label = (value: unknown) => (typeof value === 'number' ? formatValue(value) : '');

  return (
    <div className="chart" role="img" aria-label={ariaLabel}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data as BarDatum[]}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
        barGap={BAR_GAP}
        barSize={BAR_SIZE}
      >
        <XAxis type="number" hide domain={[0, 'auto']} />
        <YAxis
          type="category"
          dataKey="label"
          width="auto"
          interval={0}
          tickLine={false}
          axisLine={{ stroke: '#cbd5e1' }}
          tick={{ fill: '#334155', fontSize: 13 }}
        />
        {series.length > 1 && <Legend verticalAlign="top" height={legendHeight} iconType="square" iconSize={10} />}
        {series.map((s, i) => (
          <Bar key={s.dataKey} dataKey={s.dataKey} name={s.name} fill={seriesColor(i)} isAnimationActive={false} minPointSize={zeroAsHairline} radius={[0, 2, 2, 0]}>
            <LabelList dataKey={s.dataKey} position="right" formatter={label} className="chart__value" fill="#0f172a" fontSize={12} />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
