export { Panel, type PanelProps } from './Panel';
export { StatusMessage, type StatusMessageProps } from './StatusMessage';
export { DataTable, type DataTableColumn, type DataTableProps, type DataTableRow } from './DataTable';
export type { BarChartViewProps, BarDatum, BarSeries } from './BarChartView';
