/**
 * PDF input: the text layer read with pdfjs-dist, grouped into lines and cells.
 *
 * Tables are read from their drawn borders (the page's operator list): each text item goes to the
 * grid cell that contains its centre, so a label wrapped over three visual lines stays one cell of
 * its row and a cell spanning rows appears once, in its first row. Text outside bordered tables is
 * laid out from geometry alone: items that overlap vertically form one line, and a gap wider than
 * about half a character splits it into cells (a border-less table row).
 *
 * The operator list roughly doubles pdfjs's cost (with font face disabled, pdfjs builds an outline
 * for every glyph it meets), so it is only fetched for pages whose geometry already shows a row of
 * several cells; `tableBorders: false` skips it altogether.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ParseError } from '../errors/parse-error.js';
import type { SourceCell, SourceDoc, SourceLine } from './source-doc.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** [x0, y0, x1, y1] in PDF user space, origin bottom left. */
type Box = [number, number, number, number];
type Matrix = [number, number, number, number, number, number];

export interface PdfSourceOptions {
  /** Read table borders from the operator list (default true); false lays out tables from text geometry only, about twice as fast. */
  readonly tableBorders?: boolean;
}

/** One text item of pdfjs with its glyph box. */
interface Glyphs {
  readonly text: string;
  readonly box: Box;
  /** Font size in user space. */
  readonly size: number;
  /** Vertical writing (a column of glyphs): never merged with its neighbours into one line. */
  readonly vertical: boolean;
}

/** A horizontal (y = at) or vertical (x = at) border segment. */
interface Segment {
  readonly horizontal: boolean;
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

interface TableCell {
  /** Grid row and column of the cell's top left corner. */
  readonly row: number;
  readonly col: number;
  /** The drawn cell, grown over the elementary cells it spans. */
  box: Box;
  readonly items: Glyphs[];
}

interface Table {
  readonly box: Box;
  /** Grid lines: xs ascending, ys descending (top first). */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** Merged cell of each elementary cell, row-major. */
  readonly cellAt: readonly TableCell[];
}

/** A line ready for output, with the top of its box for ordering the page. */
interface PlacedLine {
  readonly top: number;
  readonly line: SourceLine;
}

const TOLERANCE = 2; // pt: border lines closer than this are one grid line
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_AT_CJK = new RegExp(`\\s+(?=[${CJK}])|(?<=[${CJK}])\\s+`, 'gu');
/** Kangxi radicals and compatibility ideographs that ToUnicode maps of WPS/Word fonts give for ordinary ideographs (⼈ for 人). */
const COMPAT_IDEOGRAPH = /[\u2f00-\u2fd5\uf900-\ufaff]/g;
const FOOTER = /^(?:[-—–－~·•]*\d{1,4}[-—–－~·•]*|第\d+页(?:[,，/]?共\d+页)?|共\d+页[,，/]?第\d+页|\d+\/\d+|page\d+(?:of\d+)?)$/i;
// pdfjs's constructPath path data uses its DrawOPS codes, which the package does not export.
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUAD = 3;
const DRAW_CLOSE = 4;

let pdfjsPromise: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    // The legacy build's core-js polyfills replace Array.prototype.push process-wide with a JS
    // version about 3x slower (for array-likes longer than 2^32); put the engine's back.
    const push = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Importing the worker module sets globalThis.pdfjsWorker, so pdfjs runs its worker code in this
    // thread instead of looking up a worker file (which fails under Vitest and bundlers).
    // @ts-expect-error -- pdfjs-dist ships no type declarations for the worker entry point
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Array.prototype.push = push;
    return pdfjs;
  })();
  return pdfjsPromise;
}

let pdfjsRoot: string | undefined;

/**
 * A directory of pdfjs-dist's data files, as the path (with a trailing slash) that pdfjs reads in
 * Node: predefined CMaps, without which non-embedded Chinese fonts (STSong-Light) yield no text.
 */
function pdfjsDataUrl(name: 'cmaps' | 'standard_fonts'): string {
  pdfjsRoot ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return join(pdfjsRoot, name) + '/';
}

/** Reads a PDF with a text layer into lines and cells. Throws ParseError 'scanned-pdf' or 'corrupt'. */
export async function pdfToSourceDoc(bytes: Uint8Array, options: PdfSourceOptions = {}): Promise<SourceDoc> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // A plain copy: pdfjs detaches the buffer it is given and refuses Node Buffers.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    maxImageSize: 0, // skip decoding images (seals, logos): only text and borders are read
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: pdfjsDataUrl('cmaps'),
    standardFontDataUrl: pdfjsDataUrl('standard_fonts'),
  });
  try {
    const doc = await task.promise;
    const lines: SourceLine[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const items = await readGlyphs(page);
      if (items.length === 0) continue;
      let placed = layoutFree(items, page.view, pageNumber);
      if (options.tableBorders !== false && placed.some((p) => p.line.separated)) {
        const tables = findTables(await readSegments(page, pdfjs));
        if (tables.length > 0) placed = layoutWithTables(items, tables, page.view, pageNumber);
      }
      lines.push(...placed.map((p) => p.line));
    }
    // No text beyond page numbers (which some scanners stamp on the images): a scan.
    if (lines.length === 0) throw new ParseError('scanned-pdf');
    return { kind: 'pdf', encoding: null, pages: doc.numPages, lines };
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const reason = error instanceof Error ? (error.name === 'PasswordException' ? 'password protected' : error.message) : String(error);
    throw new ParseError('corrupt', reason.split('\n')[0]);
  } finally {
    await task.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// Text items

async function readGlyphs(page: PDFPageProxy): Promise<Glyphs[]> {
  const content = await page.getTextContent();
  const glyphs: Glyphs[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const text = cleanText(item.str);
    if (text === '') continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const size = Math.hypot(c, d);
    if (item.dir === 'ttb') {
      // Vertical writing: the origin is the top centre of the first glyph; glyphs advance downwards.
      const half = item.width / 2;
      glyphs.push({ text, box: [e - half, f - item.height, e + half, f], size, vertical: true });
      continue;
    }
    // The CJK em box (0.12 em below the baseline to 0.88 em above) along the text direction;
    // pdfjs's own height is just the font size and the font metrics vary by generator.
    const scaleX = Math.hypot(a, b) || 1;
    const ux = a / scaleX;
    const uy = b / scaleX;
    const vx = size ? c / size : 0;
    const vy = size ? d / size : 1;
    const xs: number[] = [];
    const ys: number[] = [];
    for (const u of [0, item.width]) {
      for (const v of [-0.12 * size, 0.88 * size]) {
        xs.push(e + ux * u + vx * v);
        ys.push(f + uy * u + vy * v);
      }
    }
    glyphs.push({ text, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], size, vertical: false });
  }
  return glyphs;
}

/** Collapses white space, drops it next to CJK characters (letter-spaced titles like `， 邮 编 ：`). */
function cleanText(text: string): string {
  return text
    .replace(COMPAT_IDEOGRAPH, (ch) => ch.normalize('NFKC'))
    .replace(/\s+/g, ' ')
    .replace(SPACE_AT_CJK, '')
    .trim();
}

const height = (box: Box): number => box[3] - box[1];
const overlapY = (a: Box, b: Box): number => Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
const union = (boxes: readonly Box[]): Box => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/**
 * Groups items into horizontal bands, top to bottom; an item joins a band it overlaps vertically
 * by at least `minOverlap` of its own height. Items of each band are sorted left to right.
 */
function bands(items: readonly Glyphs[], minOverlap: number): Glyphs[][] {
  const sorted = [...items].sort((p, q) => q.box[3] - p.box[3]);
  const result: { box: Box; items: Glyphs[]; vertical: boolean }[] = [];
  for (const item of sorted) {
    const band = item.vertical
      ? undefined
      : result.find((r) => !r.vertical && overlapY(r.box, item.box) >= minOverlap * height(item.box));
    if (band) {
      band.items.push(item);
      band.box = union([band.box, item.box]);
    } else {
      result.push({ box: item.box, items: [item], vertical: item.vertical });
    }
  }
  return result.map((r) => r.items.sort((p, q) => p.box[0] - q.box[0]));
}

/** Joins the items of one visual line, left to right. */
function joinLine(items: readonly Glyphs[]): string {
  let text = '';
  let prev: Glyphs | undefined;
  for (const item of items) {
    // Fake bold: some generators print each run twice, offset by a fraction of a point.
    if (prev && item.text === prev.text && Math.abs(item.box[0] - prev.box[0]) < 0.3 * item.size) continue;
    const gap = prev ? item.box[0] - prev.box[2] : 0;
    if (gap > 0.2 * item.size && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(item.text)) text += ' ';
    text += item.text;
    prev = item;
  }
  return text;
}

/** The text of a cell: its visual lines top to bottom, joined without a space unless two Latin words meet. */
function cellText(items: readonly Glyphs[]): string {
  return bands(items, 0.5)
    .map(joinLine)
    .reduce((text, line) => text + (/[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(line) ? ' ' : '') + line, '');
}

/** A cell located by the union of its glyph boxes, or by `empty` (the drawn cell) when it has no text. */
function cell(items: readonly Glyphs[], page: number, empty?: Box): SourceCell {
  const box = empty && items.length === 0 ? empty : union(items.map((i) => i.box));
  return { text: cellText(items), location: { kind: 'pdf', page, box } };
}

/** Page numbers and running heads in the top or bottom margin. */
function isPageFurniture(text: string, box: Box, view: readonly number[]): boolean {
  const [, bottom, , top] = view;
  const margin = (top - bottom) * 0.1;
  return (box[3] < bottom + margin || box[1] > top - margin) && FOOTER.test(text.replace(/\s+/g, ''));
}

/**
 * Layout from geometry alone: a band of vertically overlapping items (a wrapped label beside its
 * vertically centred numbers) is one line; gaps wider than about half a character split it into cells.
 */
function layoutFree(items: readonly Glyphs[], view: readonly number[], page: number): PlacedLine[] {
  const placed: PlacedLine[] = [];
  for (const band of bands(items, 1 / 3)) {
    const groups: Glyphs[][] = [];
    let right = -Infinity;
    for (const item of band) {
      const current = groups.at(-1);
      // Justified CJK prose has gaps of a fraction of a character; table cells are further apart.
      const size = Math.max(item.size, current?.at(-1)?.size ?? 0);
      if (current && item.box[0] - right <= 0.6 * size) {
        current.push(item);
        right = Math.max(right, item.box[2]);
      } else {
        groups.push([item]);
        right = item.box[2];
      }
    }
    const cells = groups.map((g) => cell(g, page));
    const box = union(band.map((i) => i.box));
    if (isPageFurniture(cells.map((c) => c.text).join(''), box, view)) continue;
    placed.push({ top: box[3], line: { cells, separated: cells.length > 1 } });
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// Bordered tables

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Horizontal and vertical lines drawn on the page: stroked paths, and filled rectangles thin enough to be rules. */
async function readSegments(page: PDFPageProxy, pdfjs: Pdfjs): Promise<Segment[]> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  list.fnArray.forEach((fn, i) => {
    // Operator arguments are untyped in pdfjs (any[]); each case below reads the documented shape.
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.constructPath) {
      const [paint, [path]] = args as [number, [ArrayLike<number> | null]];
      if (path && (strokes.has(paint) || fills.has(paint))) segments.push(...pathSegments(path, ctm, strokes.has(paint)));
    }
  });
  return segments;
}

function toSegment(x0: number, y0: number, x1: number, y1: number): Segment | undefined {
  if (Math.abs(y0 - y1) <= 0.5 && Math.abs(x1 - x0) >= TOLERANCE)
    return { horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) };
  if (Math.abs(x0 - x1) <= 0.5 && Math.abs(y1 - y0) >= TOLERANCE)
    return { horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) };
  return undefined;
}

/** Axis-aligned pieces of a stroked path; a filled subpath counts only as a thin rectangle (a rule). */
function pathSegments(path: ArrayLike<number>, ctm: Matrix, stroked: boolean): Segment[] {
  const segments: Segment[] = [];
  let points: [number, number][] = [];
  const flush = (): void => {
    if (stroked) {
      for (let k = 1; k < points.length; k++) {
        const [p, q] = [points[k - 1], points[k]];
        const segment = toSegment(p[0], p[1], q[0], q[1]);
        if (segment) segments.push(segment);
      }
    } else if (points.length >= 4) {
      const [x0, y0, x1, y1] = union(points.map(([x, y]): Box => [x, y, x, y]));
      const segment = x1 - x0 <= TOLERANCE ? toSegment(x0 / 2 + x1 / 2, y0, x0 / 2 + x1 / 2, y1)
        : y1 - y0 <= TOLERANCE ? toSegment(x0, y0 / 2 + y1 / 2, x1, y0 / 2 + y1 / 2) : undefined;
      if (segment) segments.push(segment);
    }
    points = [];
  };
  for (let k = 0; k < path.length; ) {
    const op = path[k++];
    if (op === DRAW_MOVE) {
      flush();
      points.push(apply(ctm, path[k], path[k + 1]));
      k += 2;
    } else if (op === DRAW_LINE) {
      points.push(apply(ctm, path[k], path[k + 1]));
      k += 2;
    } else if (op === DRAW_CURVE || op === DRAW_QUAD) {
      flush(); // curves are not borders; restart after the curve's end point
      const n = op === DRAW_CURVE ? 6 : 4;
      points.push(apply(ctm, path[k + n - 2], path[k + n - 1]));
      k += n;
    } else if (op === DRAW_CLOSE) {
      if (points.length > 1) points.push(points[0]);
    } else {
      break; // unknown drawing op: stop rather than misread coordinates
    }
  }
  flush();
  return segments;
}

/** Sorted distinct values, merging values closer than the tolerance. */
function gridLines(values: readonly number[]): number[] {
  const lines: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (lines.length === 0 || v - lines[lines.length - 1] > TOLERANCE) lines.push(v);
  }
  return lines;
}

const crosses = (h: Segment, v: Segment): boolean =>
  v.at >= h.from - TOLERANCE && v.at <= h.to + TOLERANCE && h.at >= v.from - TOLERANCE && h.at <= v.to + TOLERANCE;

/** Tables: groups of crossing border lines with at least 2 × 2 cells. */
function findTables(segments: readonly Segment[]): Table[] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  segments.forEach((h, i) => {
    if (!h.horizontal) return;
    segments.forEach((v, j) => {
      if (!v.horizontal && crosses(h, v)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const group = groups.get(find(i));
    if (group) group.push(s);
    else groups.set(find(i), [s]);
  });
  return [...groups.values()].map(buildTable).filter((t): t is Table => t !== undefined);
}

function buildTable(segments: readonly Segment[]): Table | undefined {
  const verticals = segments.filter((s) => !s.horizontal);
  const horizontals = segments.filter((s) => s.horizontal);
  const xs = gridLines(verticals.map((s) => s.at));
  const ys = gridLines(horizontals.map((s) => s.at)).reverse();
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 2 || rows < 2) return undefined;
  const drawn = (lines: readonly Segment[], at: number, mid: number): boolean =>
    lines.some((s) => Math.abs(s.at - at) <= TOLERANCE && s.from - TOLERANCE <= mid && mid <= s.to + TOLERANCE);
  // Elementary cells not separated by a drawn border belong to one merged (spanning) cell.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (c + 1 < cols && !drawn(verticals, xs[c + 1], (ys[r] + ys[r + 1]) / 2)) parent[find(i + 1)] = find(i);
      if (r + 1 < rows && !drawn(horizontals, ys[r + 1], (xs[c] + xs[c + 1]) / 2)) parent[find(i + cols)] = find(i);
    }
  }
  const merged = new Map<number, TableCell>();
  const cellAt: TableCell[] = [];
  for (let i = 0; i < rows * cols; i++) {
    const [r, c] = [Math.floor(i / cols), i % cols];
    const box: Box = [xs[c], ys[r + 1], xs[c + 1], ys[r]];
    // Row-major order meets a merged cell first in its top row, at its left column.
    let cell = merged.get(find(i));
    if (cell) cell.box = union([cell.box, box]);
    else merged.set(find(i), (cell = { row: r, col: c, box, items: [] }));
    cellAt.push(cell);
  }
  return { box: [xs[0], ys[rows], xs[cols], ys[0]], xs, ys, cellAt };
}

function locate(table: Table, x: number, y: number): TableCell | undefined {
  const [x0, y0, x1, y1] = table.box;
  if (x < x0 || x > x1 || y < y0 || y > y1) return undefined;
  const cols = table.xs.length - 1;
  const rows = table.ys.length - 1;
  // The first grid line past the point closes its cell; none means the point is on the last line.
  const c = table.xs.findIndex((v) => v > x);
  const r = table.ys.findIndex((v) => v < y);
  return table.cellAt[(r === -1 ? rows - 1 : r - 1) * cols + (c === -1 ? cols - 1 : c - 1)];
}

/** Items inside bordered tables go to their cells (one line per grid row); the rest is laid out freely. */
function layoutWithTables(items: readonly Glyphs[], tables: readonly Table[], view: readonly number[], page: number): PlacedLine[] {
  const free: Glyphs[] = [];
  for (const item of items) {
    const [x, y] = [(item.box[0] + item.box[2]) / 2, (item.box[1] + item.box[3]) / 2];
    const target = tables.map((t) => locate(t, x, y)).find((c) => c !== undefined);
    if (target) target.items.push(item);
    else free.push(item);
  }
  const placed = layoutFree(free, view, page);
  for (const table of tables) {
    const rows = new Map<number, TableCell[]>();
    for (const c of new Set(table.cellAt)) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
    for (const [row, cells] of rows) {
      if (cells.every((c) => c.items.length === 0)) continue;
      cells.sort((p, q) => p.col - q.col);
      placed.push({ top: table.ys[row], line: { cells: cells.map((c) => cell(c.items, page, c.box)), separated: true } });
    }
  }
  // Stable sort: table rows keep their order, and free lines fall between the tables by position.
  return placed.sort((p, q) => q.top - p.top);
}
