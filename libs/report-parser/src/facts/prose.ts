import type { SourceLocation } from '@dlens/domain';
import { subLocation, type SourceCell, type SourceDoc } from '../source/source-doc.js';

/** The running text of a document (prose lines and flattened text), searchable by regex. */
export class Prose {
  readonly text: string;
  private readonly segments: { readonly start: number; readonly cell: SourceCell }[] = [];

  constructor(doc: SourceDoc, maxLines = Number.POSITIVE_INFINITY) {
    let text = '';
    for (const line of doc.lines.slice(0, maxLines)) {
      if (line.separated) continue;
      for (const cell of line.cells) {
        this.segments.push({ start: text.length, cell });
        text += `${cell.text}\n`;
      }
    }
    this.text = text;
  }

  /** Location of the text at [offset, offset + length). */
  locate(offset: number, length: number): SourceLocation | null {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.segments[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const segment = this.segments[lo];
    return segment ? subLocation(segment.cell, offset - segment.start, length) : null;
  }
}
