export * from './selection';
export { useReportYears } from './useReportYears';
export { useSelectionValues, type SelectionValues } from './useSelectionValues';
export { IssuerPicker } from './IssuerPicker';
export { SelectionControls } from './SelectionControls';
