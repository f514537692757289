import type { SourceKind, SourceLocation } from '@dlens/domain';

/**
 * The common shape every input kind is turned into before the tables are read:
 * a sequence of lines, each a sequence of cells, each cell knowing where it came from.
 */
export interface SourceCell {
  /** The cell's text as it occurs in the source (HTML: decoded text content). */
  readonly text: string;
  /** Location of the whole cell; for text inputs, offsets of `text` within its line. */
  readonly location: SourceLocation;
}

export interface SourceLine {
  readonly cells: readonly SourceCell[];
  /**
   * True when the cells are real table cells (HTML <td>, PDF columns, ` | ` or tab separated
   * text): a number never continues into the next cell. False for prose and flattened text,
   * where the digits of neighbouring cells may run together.
   */
  readonly separated: boolean;
}

export interface SourceDoc {
  readonly kind: SourceKind;
  /** Encoding the bytes were decoded with, for text and HTML inputs. */
  readonly encoding: string | null;
  /** Number of pages, for PDF inputs. */
  readonly pages: number | null;
  readonly lines: readonly SourceLine[];
}

/** The location of a substring of a cell: exact for text inputs, the cell itself otherwise. */
export function subLocation(cell: SourceCell, offset: number, length: number): SourceLocation {
  const loc = cell.location;
  if (loc.kind !== 'text') return loc;
  return { kind: 'text', line: loc.line, start: loc.start + offset, end: loc.start + offset + length };
}
