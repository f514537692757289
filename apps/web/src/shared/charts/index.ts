export { GroupedBars, type BarCategory, type BarSeriesSpec, type GroupedBarsProps } from './GroupedBars';
export { YearColumns, type YearColumnsProps } from './YearColumns';
export { LineChart, StackedShareChart, loadRecharts } from './lazy';
export { ACCENT, AXIS, GRID, HIGHLIGHT, INK, MUTED_INK, OUTCOME_COLORS, PREVIOUS_COLOR, SERIES_COLORS, seriesColor } from './palette';
export type { ChartDatum, ChartSeries } from './RechartsCharts';
export { RankChart, type RankChartProps, type RankItem } from './RankChart';
export { linear, maxOf, niceTicks } from './scale';
export { SmallMultiples, type MultipleSeries, type SmallMultiplesProps } from './SmallMultiples';
export { useWidth } from './useWidth';
