import type { Finding } from './findings.js';
import type { TableKey, TemplateVersion } from './report-template.js';

/** The kinds of input the parser reads. */
export type SourceKind = 'text' | 'html' | 'docx' | 'pdf';

/** Where in the source file a value was read. */
export type SourceLocation =
  /** Text: 1-based line, 0-based character offsets [start, end) within the line. */
  | { kind: 'text'; line: number; start: number; end: number }
  /** HTML (and DOCX converted to HTML): 0-based table index and grid row/column after rowspan/colspan. */
  | { kind: 'html'; table: number; row: number; column: number }
  /** PDF: 1-based page and the glyph box [x0, y0, x1, y1] in PDF user space (origin bottom left). */
  | { kind: 'pdf'; page: number; box: readonly [number, number, number, number] };

export interface Provenance {
  readonly table: TableKey;
  /** Row label as printed in the source (normalised whitespace). */
  readonly row: string;
  /** Column label of the template. */
  readonly column: string;
  readonly location: SourceLocation;
}

/** One cell of a report table. */
export interface ReportValue {
  /** The number, or null for a blank cell (empty, /, -, —, 无). Blank is not 0. */
  readonly value: number | null;
  /** The source text of this cell, exactly as it occurs in the input. */
  readonly raw: string;
  /** True when the cell boundary was recovered from run-together digits. */
  readonly inferred?: boolean;
  readonly provenance: Provenance;
}

/** A figure stated in the prose, e.g. 收到…申请13件. */
export interface NarrativeFigure {
  /** What the figure counts, e.g. `requestsReceived` (a metric key of the catalogue). */
  readonly metric: string;
  /** The table cells whose sum the figure states. */
  readonly keys: readonly string[];
  readonly value: number;
  /** The sentence fragment the figure was read from. */
  readonly raw: string;
  readonly location: SourceLocation;
}

/** The canonical model of one annual report, as the parser returns it. */
export interface ParsedReport {
  readonly parserVersion: string;
  readonly source: {
    readonly kind: SourceKind;
    readonly fileName: string | null;
    /** Text encoding detected for text and HTML inputs. */
    readonly encoding: string | null;
    readonly pages: number | null;
  };
  readonly title: string | null;
  readonly issuer: { readonly name: string | null; readonly location: SourceLocation | null };
  readonly year: number | null;
  /** Template of the report as a whole; 'mixed' when table 二 and table 三 use different ones. */
  readonly template: TemplateVersion | 'mixed';
  readonly tableTemplates: Readonly<Partial<Record<TableKey, TemplateVersion>>>;
  /** Cells read, by canonical value key, sorted by key. */
  readonly values: Readonly<Record<string, ReportValue>>;
  /** Tables (`requests`) or rows (`requests.otherUnpaidFee`) of the template not found in the input. */
  readonly missing: readonly string[];
  readonly narrative: readonly NarrativeFigure[];
  readonly findings: readonly Finding[];
  /**
   * The opening and closing prose (about 600 and 300 characters, whitespace collapsed): where
   * reports name their issuer and its parent regions, used to attribute the report.
   */
  readonly context: { readonly opening: string; readonly closing: string };
}

/** Why an input could not be parsed at all. */
export type ParseFailureCode =
  | 'empty'
  | 'binary'
  | 'scanned-pdf'
  | 'corrupt'
  | 'pre-2019'
  | 'not-annual-report'
  | 'too-large';

export const PARSE_FAILURE_MESSAGES: Readonly<Record<ParseFailureCode, string>> = {
  empty: 'the file is empty',
  binary: 'the file is binary data, not a text, HTML, DOCX or PDF report',
  'scanned-pdf': 'the PDF has no text layer (a scanned document); run OCR first',
  corrupt: 'the file is damaged and cannot be read',
  'pre-2019': 'a pre-2019 free-form report: the statistical tables of the national template are absent',
  'not-annual-report': 'not a government information disclosure annual report',
  'too-large': 'the file is larger than the parser accepts',
};
