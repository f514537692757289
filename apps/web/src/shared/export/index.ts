export { UTF8_BOM, csvBlob, csvField, toCsv } from './csv';
export { downloadBlob } from './download';
export {
  EXPORT_FONT,
  composeChartSvg,
  serializeChart,
  svgBlob,
  svgToPngBlob,
  textWidth,
  wrapText,
  type ChartImageMeta,
  type ComposedSvg,
} from './svg';
export { safeFileName, type ExportCell, type ExportColumn, type ExportTable } from './table';
export { XLSX_TYPE, columnName, sheetName, toXlsx, xlsxBlob, xmlEscape, type XlsxLabels } from './xlsx';
export { crc32, zipStored, type ZipEntry } from './zip';
