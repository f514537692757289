import type { TableKey } from './report-template.js';
import type { Provenance, SourceLocation } from './report.js';

/**
 * The provenance of a report's cells, packed for storage without loss: each distinct label
 * (table, row label, column label, location kind) once, and each cell as a tuple of label
 * indexes followed by its location's numbers. A report repeats the same few dozen row and
 * column labels across its ~200 cells; packed, its provenance is about a fifth of the size,
 * which made storing a report markedly cheaper (BENCHMARKS.md, ingest).
 */
export interface PackedProvenance {
  readonly labels: readonly string[];
  /**
   * One tuple per cell: [table, row, column, kind] as indexes into `labels`, then the location:
   * text `line, start, end`; html `table, row, column`; pdf `page, x0, y0, x1, y1`.
   */
  readonly cells: readonly (readonly number[])[];
}

function locationNumbers(location: SourceLocation): number[] {
  switch (location.kind) {
    case 'text':
      return [location.line, location.start, location.end];
    case 'html':
      return [location.table, location.row, location.column];
    case 'pdf':
      return [location.page, ...location.box];
  }
}

function locationOf(kind: string, n: readonly number[]): SourceLocation {
  switch (kind) {
    case 'text':
      return { kind, line: n[0] as number, start: n[1] as number, end: n[2] as number };
    case 'html':
      return { kind, table: n[0] as number, row: n[1] as number, column: n[2] as number };
    case 'pdf':
      return { kind, page: n[0] as number, box: [n[1] as number, n[2] as number, n[3] as number, n[4] as number] };
    default:
      throw new Error(`unknown source location kind "${kind}" in packed provenance`);
  }
}

export function packProvenance(list: readonly Provenance[]): PackedProvenance {
  const labels: string[] = [];
  const indexOf = new Map<string, number>();
  const label = (text: string): number => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = labels.push(text) - 1;
      indexOf.set(text, index);
    }
    return index;
  };
  const cells = list.map((p) => [label(p.table), label(p.row), label(p.column), label(p.location.kind), ...locationNumbers(p.location)]);
  return { labels, cells };
}

export function unpackProvenance(packed: PackedProvenance): Provenance[] {
  const label = (index: number | undefined): string => {
    const text = index === undefined ? undefined : packed.labels[index];
    if (text === undefined) throw new Error(`packed provenance refers to label ${index}, but it has ${packed.labels.length}`);
    return text;
  };
  return packed.cells.map(([table, row, column, kind, ...numbers]) => ({
    table: label(table) as TableKey,
    row: label(row),
    column: label(column),
    location: locationOf(label(kind), numbers),
  }));
}
