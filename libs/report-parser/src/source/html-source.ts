import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { SourceCell, SourceDoc, SourceLine } from './source-doc.js';

/*
 * HTML → SourceDoc in one streaming pass over htmlparser2's Tokenizer (the layer under its
 * Parser). The Parser keeps its open elements in an array it grows with `unshift`, which
 * makes deeply nested markup quadratic (100,000 nested <div>s take seconds); this builder
 * needs no element stack at all: only the open tables are stacked, and every event is O(1).
 */

/** Tags whose start or end begins a new block: a new line outside tables, a joint without space inside a cell. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'textarea', 'title', 'ul',
]);

/** Raw-text elements (the tokenizer reads them as text up to their end tag) that carry no report text. */
const SKIPPED_RAW_TAGS = new Set(['script', 'style', 'iframe', 'noembed', 'noframes']);

/** Foreign content (icons, formulas) whose text is not page text. */
const FOREIGN_TAGS = new Set(['svg', 'math']);

/** HTML's own limits on spans; the grid is tracked over at most MAX_GRID_COLUMNS columns. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const MAX_GRID_COLUMNS = 1000;

/**
 * Word's conditional comments sometimes reach the text escaped (`&lt;!--[if …]--&gt;`), and
 * crawlers then show them literally (MANIFEST quirk 9).
 */
const CONDITIONAL_LEAK = /<!(?:--)?\[(?:if\b[^\]]*|endif)\](?:--)?>/gi;
/** Zero-width characters editors leave inside words and numbers (1&#8203;49). */
const INVISIBLE = /[\u200B-\u200D\u2060]/g;
const WHITESPACE_RUN = /\s+/g;
const LINE_BREAK = /[\n\r]/;
/** East Asian wide characters: CJK punctuation, kana, ideographs, fullwidth forms. */
const WIDE_CHAR = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/**
 * Collapses whitespace (including &nbsp; and U+3000) to one space and trims. A source line
 * break between two Chinese characters is dropped instead (the CSS segment-break rule):
 * editors wrap long lines anywhere, and `行政\n许可` is one word.
 */
function cleanText(raw: string): string {
  const text = (raw.includes('<!') ? raw.replace(CONDITIONAL_LEAK, '') : raw).replace(INVISIBLE, '');
  return text
    .replace(WHITESPACE_RUN, (run: string, at: number) =>
      LINE_BREAK.test(run) && WIDE_CHAR.test(text.charAt(at - 1)) && WIDE_CHAR.test(text.charAt(at + run.length))
        ? ''
        : ' ',
    )
    .trim();
}

function spanValue(value: string, max: number): number {
  const n = Number.parseInt(value, 10);
  // rowspan="0" (to the end of the row group) is treated as 1: Word and WPS never write it.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

interface CellState {
  readonly row: number;
  readonly column: number;
  /** Finished blocks (<p>, <br>-separated lines) of the cell, each cleaned. */
  readonly parts: string[];
  /** Raw text of the block being read. */
  text: string;
  /** The cell holds a nested table: it is page layout, and its text is emitted as prose. */
  dissolved: boolean;
}

interface TableState {
  readonly index: number;
  /** Grid row of the current (or last) row; -1 before the first. */
  row: number;
  rowOpen: boolean;
  /** Next grid column to try in the current row. */
  cursor: number;
  /** Per grid column, the first grid row no longer covered by a rowspan from above. */
  busyUntil: number[];
  /** Finished cells of the current row, in grid order. */
  cells: SourceCell[];
  cell: CellState | null;
}

const noop = (): void => undefined;

class LineBuilder implements TokenizerCallbacks {
  readonly lines: SourceLine[] = [];
  private prose = '';
  private proseRow = 0;
  private readonly tables: TableState[] = [];
  private tableCount = 0;
  private skipText = false;
  private foreignDepth = 0;
  // The tag being read, and its rowspan/colspan when it is a cell.
  private tag = '';
  private attribute = '';
  private attributeValue = '';
  private rowspan = 1;
  private colspan = 1;

  constructor(private readonly html: string) {}

  // Tokenizer callbacks. Indices are offsets into `html`, which is written in one chunk.

  ontext(start: number, end: number): void {
    this.addText(this.html.slice(start, end));
  }

  ontextentity(codePoint: number): void {
    this.addText(String.fromCodePoint(codePoint));
  }

  onopentagname(start: number, end: number): void {
    this.tag = this.html.slice(start, end).toLowerCase();
    this.rowspan = 1;
    this.colspan = 1;
  }

  onattribname(start: number, end: number): void {
    // Only cells have attributes worth reading; skip the work for Word's long style attributes.
    this.attribute = this.tag === 'td' || this.tag === 'th' ? this.html.slice(start, end).toLowerCase() : '';
    this.attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attribute) this.attributeValue += this.html.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    if (this.attribute) this.attributeValue += String.fromCodePoint(codePoint);
  }

  onattribend(): void {
    if (this.attribute === 'rowspan') this.rowspan = spanValue(this.attributeValue, MAX_ROWSPAN);
    else if (this.attribute === 'colspan') this.colspan = spanValue(this.attributeValue, MAX_COLSPAN);
    this.attribute = '';
  }

  onopentagend(): void {
    this.startTag(this.tag, false);
  }

  onselfclosingtag(): void {
    // HTML ignores the slash (<td/> opens a cell) except on foreign elements.
    this.startTag(this.tag, true);
  }

  onclosetag(start: number, end: number): void {
    this.endTag(this.html.slice(start, end).toLowerCase());
  }

  // Comments (Word's <!--[if gte mso 9]>…<![endif]-->), <![if …]> and CDATA carry no text.
  oncomment = noop;
  oncdata = noop;
  ondeclaration = noop;
  onprocessinginstruction = noop;

  onend(): void {
    while (this.tables.length > 0) this.endTable();
    this.flushProse();
  }

  // Building lines.

  private top(): TableState | undefined {
    return this.tables[this.tables.length - 1];
  }

  /** The cell text goes to, or null when it goes to prose. */
  private textCell(): CellState | null {
    const cell = this.top()?.cell;
    return cell && !cell.dissolved ? cell : null;
  }

  private addText(text: string): void {
    if (this.skipText || this.foreignDepth > 0) return;
    const cell = this.textCell();
    if (cell) cell.text += text;
    else this.prose += text;
  }

  private startTag(name: string, selfClosing: boolean): void {
    if (FOREIGN_TAGS.has(name) || this.foreignDepth > 0) {
      if (FOREIGN_TAGS.has(name) && !selfClosing) this.foreignDepth++;
      return;
    }
    switch (name) {
      case 'td':
      case 'th':
        return this.startCell();
      case 'tr':
        return this.startRow();
      case 'table':
        return this.startTable();
      case 'thead':
      case 'tbody':
      case 'tfoot':
        return this.rowGroup();
    }
    if (SKIPPED_RAW_TAGS.has(name)) this.skipText = true;
    else if (BLOCK_TAGS.has(name)) this.breakBlock();
  }

  private endTag(name: string): void {
    if (this.foreignDepth > 0) {
      if (FOREIGN_TAGS.has(name)) this.foreignDepth--;
      return;
    }
    const table = this.top();
    switch (name) {
      case 'td':
      case 'th':
        // A stray </td> inside a nested table's row does not close the outer cell (as in HTML).
        if (table) this.endCell(table);
        return;
      case 'tr':
        if (table) this.endRow(table);
        else this.breakBlock();
        return;
      case 'table':
        return this.endTable();
      case 'thead':
      case 'tbody':
      case 'tfoot':
        return this.rowGroup();
    }
    if (SKIPPED_RAW_TAGS.has(name)) this.skipText = false;
    else if (BLOCK_TAGS.has(name)) this.breakBlock();
  }

  private breakBlock(): void {
    const cell = this.textCell();
    if (cell) this.endCellBlock(cell);
    else this.flushProse();
  }

  private endCellBlock(cell: CellState): void {
    if (!cell.text) return;
    const part = cleanText(cell.text);
    if (part) cell.parts.push(part);
    cell.text = '';
  }

  private flushProse(): void {
    if (!this.prose) return;
    const text = cleanText(this.prose);
    this.prose = '';
    if (text) this.emitProse(text);
  }

  private emitProse(text: string): void {
    const location = { kind: 'html', table: -1, row: this.proseRow++, column: 0 } as const;
    this.lines.push({ cells: [{ text, location }], separated: false });
  }

  private emitRow(table: TableState): void {
    if (table.cells.length === 0) return;
    this.lines.push({ cells: table.cells, separated: true });
    table.cells = [];
  }

  private startTable(): void {
    this.flushProse();
    const outer = this.top();
    if (outer?.cell && !outer.cell.dissolved) this.dissolve(outer, outer.cell);
    this.tables.push({ index: this.tableCount++, row: -1, rowOpen: false, cursor: 0, busyUntil: [], cells: [], cell: null });
  }

  /**
   * A table inside a cell: the outer table is layout (a page frame). Flatten it: the row's
   * earlier cells are emitted now, the cell's text becomes prose lines, in document order.
   */
  private dissolve(table: TableState, cell: CellState): void {
    this.emitRow(table);
    this.endCellBlock(cell);
    for (const part of cell.parts) this.emitProse(part);
    cell.parts.length = 0;
    cell.dissolved = true;
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    this.endRow(table);
    this.flushProse();
  }

  /** <thead>/<tbody>/<tfoot>: rowspans end with their row group. */
  private rowGroup(): void {
    const table = this.top();
    if (!table) return;
    this.endRow(table);
    table.busyUntil = [];
  }

  private startRow(): void {
    const table = this.top();
    if (!table) return this.breakBlock();
    this.endRow(table);
    table.row++;
    table.rowOpen = true;
    table.cursor = 0;
  }

  private endRow(table: TableState): void {
    this.endCell(table);
    if (!table.rowOpen) return;
    table.rowOpen = false;
    this.emitRow(table);
  }

  private startCell(): void {
    const table = this.top();
    if (!table) {
      this.prose += ' ';
      return;
    }
    this.endCell(table);
    if (!table.rowOpen) this.startRow();
    let column = table.cursor;
    while ((table.busyUntil[column] ?? 0) > table.row) column++;
    const until = table.row + this.rowspan;
    const last = Math.min(column + this.colspan, MAX_GRID_COLUMNS);
    for (let c = column; c < last; c++) table.busyUntil[c] = until;
    table.cursor = column + this.colspan;
    table.cell = { row: table.row, column, parts: [], text: '', dissolved: false };
  }

  private endCell(table: TableState): void {
    const cell = table.cell;
    if (!cell) return;
    table.cell = null;
    if (cell.dissolved) return this.flushProse();
    this.endCellBlock(cell);
    // Blocks of one cell join without a space: labels are split over lines (行政事业性 / 收费).
    const location = { kind: 'html', table: table.index, row: cell.row, column: cell.column } as const;
    table.cells.push({ text: cell.parts.join(''), location });
  }
}

/**
 * Reads an HTML report (or mammoth's HTML of a DOCX) into lines: one line per text block
 * outside tables (`separated: false`, table -1), one line per table row with its cells in grid
 * order after rowspan/colspan (`separated: true`); a spanning cell appears only in its first row.
 */
export function htmlToSourceDoc(html: string, encoding: string | null, kind: 'html' | 'docx' = 'html'): SourceDoc {
  const builder = new LineBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return { kind, encoding, pages: null, lines: builder.lines };
}
