import {
  REQUEST_OUTCOME_ROWS,
  REVIEW_COLUMNS,
  REVIEW_ROWS,
  makeFinding,
  valueKey,
  type Finding,
  type NarrativeFigure,
  type ReportValue,
  type TableKey,
  type TemplateVersion,
} from '@dlens/domain';
import { subLocation } from '../source/source-doc.js';
import { readRow, sameValues, type CellReading, type RowReading, type RowShape } from './cell-readings.js';
import { numberGroups, type NumberGroup } from './groups.js';
import {
  CURRENT_PROACTIVE_HEADER,
  PROACTIVE_SPECS,
  REQUEST_SPECS,
  REVIEW_SHAPE,
  TRIAL_PROACTIVE_HEADER,
  type RowSpec,
} from './row-specs.js';
import { AFTER_REVIEW, findRegions } from './table-regions.js';
import { TextIndex } from './text-index.js';
import type { Token } from './tokens.js';

export interface TablesRead {
  readonly values: Map<string, ReportValue>;
  readonly missing: string[];
  readonly findings: Finding[];
  readonly tableTemplates: Partial<Record<TableKey, TemplateVersion>>;
}

/** A template row and what the layout offers for it. */
interface RowCandidates {
  readonly spec: RowSpec;
  readonly group: NumberGroup;
  readonly readings: RowReading[];
  /** More readings than were enumerated: ambiguous, not unreadable. */
  readonly overflow?: boolean;
}


const rowKeys = (spec: RowSpec) => spec.shape.columns.map((c) => valueKey(spec.table, spec.def.key, c.key));

/** The row label as printed: the group's label from shortly before the matched words. */
function printedLabel(spec: RowSpec, group: NumberGroup): string {
  const match = spec.label.exec(group.label);
  if (!match) return spec.def.label.zh;
  return group.label.slice(Math.max(0, match.index - 12)).slice(0, 60);
}

class TableReader {
  readonly values = new Map<string, ReportValue>();
  readonly missing: string[] = [];
  readonly findings: Finding[] = [];
  readonly tableTemplates: Partial<Record<TableKey, TemplateVersion>> = {};

  constructor(
    private readonly tokens: readonly Token[],
    private readonly narrative: readonly NarrativeFigure[],
    private readonly year: number | null,
  ) {}

  read(): TablesRead {
    const index = new TextIndex(this.tokens);
    const regions = findRegions(index, this.tokens.length);
    if (regions.proactive) this.readProactive(regions.proactiveText, ...regions.proactive);
    else this.missing.push('proactive');
    if (regions.requests) this.readRequests(index, ...regions.requests);
    else this.missing.push('requests');
    if (regions.reviewLitigation) this.readReview(index, ...regions.reviewLitigation);
    else this.missing.push('reviewLitigation');
    return { values: this.values, missing: this.missing, findings: this.findings, tableTemplates: this.tableTemplates };
  }

  /** Stores the cells of a reading (those `only` keeps, when given). */
  private store(spec: RowSpec, group: NumberGroup, reading: RowReading, only: (column: number) => boolean = () => true): void {
    const label = printedLabel(spec, group);
    reading.forEach((cell, i) => {
      const column = spec.shape.columns[i];
      const def = spec.def.columns[i % spec.def.columns.length];
      if (!column || !def || !only(i)) return;
      this.values.set(valueKey(spec.table, spec.def.key, column.key), this.toValue(spec, label, def.label.zh, cell, column.kind));
    });
  }

  private toValue(spec: RowSpec, row: string, column: string, cell: CellReading, kind: string): ReportValue {
    const token = cell.token;
    const endsToken = cell.offset + cell.raw.length === token.raw.length;
    // Amounts written in 元 are converted to the template's 万元; the raw text keeps the unit.
    const inYuan = kind === 'wan' && token.unit === '元' && endsToken;
    const raw = token.splittable && endsToken && token.unit ? `${cell.raw}${token.unit}` : cell.raw;
    const value = inYuan && cell.value !== null ? Math.round(cell.value * 100) / 1_000_000 : cell.value;
    return {
      value,
      raw,
      ...(cell.inferred ? { inferred: true } : {}),
      provenance: {
        table: spec.table,
        row,
        column,
        location: subLocation(token.cell, token.offset + cell.offset, raw.length),
      },
    };
  }

  /** Stores the single reading of a row (in 表二, the cells all its readings agree on), and reports why the rest is not read. */
  private settle(row: RowCandidates): void {
    const { spec, group, readings } = row;
    const keys = rowKeys(spec);
    const distinct = readings.filter((r, i) => readings.findIndex((o) => sameValues(o, r)) === i);
    if (distinct.length === 1 && distinct[0]) {
      this.store(spec, group, distinct[0]);
      return;
    }
    const digits = group.tokens.map((t) => t.raw).join(' ');
    if (row.overflow || distinct.length === 0) this.missing.push(`${spec.table}.${spec.def.key}`);
    if (row.overflow) {
      this.findings.push(
        makeFinding('parse.ambiguousSplit', `${spec.table}.${spec.def.key}: "${digits}" can be read in too many ways; values left out`, keys, {
          candidates: distinct.slice(0, 12).map((r) => r.map((c) => c.value ?? 0)),
        }),
      );
      return;
    }
    if (distinct.length === 0) {
      this.findings.push(
        makeFinding(
          'parse.unreadCells',
          `${spec.table}.${spec.def.key}: "${digits}" cannot be read as the ${keys.length} cells of the row`,
          keys,
        ),
      );
      return;
    }
    // In 表二, a cell that every reading cuts from the same digits is known, even when its row is
    // not (`7400` under 上一年项目数量 / 本年增减 / 处理决定数量: 74 | 0 | 0 or 7 | 40 | 0, decisions 0).
    // Not in 表三 and 表四, whose consistency rules need whole rows.
    const first = distinct[0] as RowReading;
    const known = (i: number) =>
      spec.table === 'proactive' && distinct.every((r) => r[i]?.token === first[i]?.token && r[i]?.offset === first[i]?.offset && r[i]?.raw === first[i]?.raw);
    this.store(spec, group, first, known);
    const open = keys.filter((_, i) => !known(i));
    if (open.length === keys.length) this.missing.push(`${spec.table}.${spec.def.key}`);
    this.findings.push(
      makeFinding(
        'parse.ambiguousSplit',
        `${spec.table}.${spec.def.key}: "${digits}" can be read in ${distinct.length} ways; ${open.length < keys.length ? 'the cells they differ in are' : 'values'} left out`,
        open,
        { candidates: distinct.slice(0, 12).map((r) => r.map((c) => c.value ?? 0)) },
      ),
    );
  }

  /** Readings that keep the row's sums; all readings when none does (the report breaks them). */
  private readingsOf(spec: RowSpec, group: NumberGroup): { readings: RowReading[]; overflow: boolean } {
    const tokens = trimBlanks(group.tokens, spec.shape.columns.length);
    const strict = readRow(tokens, spec.shape, true);
    if (strict.readings.length > 0 || strict.overflow) return strict;
    return readRow(tokens, spec.shape, false);
  }

  private readProactive(regionText: string, start: number, end: number): void {
    const template: TemplateVersion = TRIAL_PROACTIVE_HEADER.test(regionText)
      ? '2019'
      : CURRENT_PROACTIVE_HEADER.test(regionText) || (this.year ?? 2021) >= 2021
        ? '2021'
        : '2019';
    this.tableTemplates.proactive = template;
    const specs = PROACTIVE_SPECS[template];
    const claimed = new Map<RowSpec, NumberGroup>();
    for (const group of numberGroups(this.tokens, start, end)) {
      // The label nearest to the numbers names the row (表二 labels are distinctive).
      const spec = nearestSpec(specs, group.label);
      if (spec && !claimed.has(spec)) claimed.set(spec, group);
    }
    for (const spec of specs) {
      const group = claimed.get(spec);
      if (!group) this.missing.push(`proactive.${spec.def.key}`);
      else this.settle({ spec, group, ...this.readingsOf(spec, group) });
    }
  }

  private readRequests(index: TextIndex, start: number, end: number): void {
    const template: TemplateVersion = index.first(/不补正|缴纳费用/, start, end) === null ? '2019' : '2021';
    this.tableTemplates.requests = template;
    const specs = REQUEST_SPECS[template];
    const groups = numberGroups(this.tokens, start, end);
    const rows = alignRows(specs, groups).map(([spec, group]) => ({ spec, group, ...this.readingsOf(spec, group) }));
    for (const spec of specs) {
      if (!rows.some((r) => r.spec === spec)) this.missing.push(`requests.${spec.def.key}`);
    }
    for (const row of resolveByIdentities(rows, this.narrative)) this.settle(row);
  }

  private readReview(index: TextIndex, start: number, end: number): void {
    const stop = index.first(AFTER_REVIEW, start + 1, end) ?? end;
    const groups = numberGroups(this.tokens, start, stop);
    const first = groups[0];
    if (!first) {
      this.missing.push('reviewLitigation');
      return;
    }
    // The 15 cells may be one row, three blocks of five, or one run of digits:
    // take the first groups that read as the 15 cells.
    const tokens: Token[] = [];
    let readings: RowReading[] = [];
    let overflow = false;
    // Blank-only runs are header padding, unless the whole table is printed blank.
    const valued = groups.filter((g) => !g.blankOnly);
    for (const group of valued.length > 0 ? valued : groups.slice(-1)) {
      // Blank cells at the edges beyond the 15 are layout padding (a Word row's end mark).
      const members = trimBlanks(group.tokens, 15 - tokens.length);
      if (tokens.length + members.length > 15) break;
      tokens.push(...members);
      ({ readings, overflow } = this.readingsOf(REVIEW_SPEC, { ...group, tokens }));
      if (readings.length > 0 || overflow) break;
    }
    REVIEW_ROWS.forEach((def, block) => {
      const spec: RowSpec = { table: 'reviewLitigation', def, label: /行政复议|行政诉讼/, shape: REVIEW_BLOCK_SHAPE };
      const blockReadings = readings.map((r) => r.slice(block * 5, block * 5 + 5));
      this.settle({ spec, group: { ...first, tokens, label: def.label.zh }, readings: blockReadings, overflow });
    });
  }
}

const REVIEW_SPEC: RowSpec = {
  table: 'reviewLitigation',
  def: { key: 'all', label: { zh: '行政复议、行政诉讼', en: 'Reconsideration and litigation' }, columns: REVIEW_COLUMNS, templates: ['2019', '2021'] },
  label: /行政复议/,
  shape: REVIEW_SHAPE,
};
const REVIEW_BLOCK_SHAPE = {
  columns: REVIEW_COLUMNS.map((c) => ({ key: c.key, kind: c.unit })),
  sums: [{ parts: [0, 1, 2, 3], total: 4 }],
};

function canRead(tokens: readonly Token[], shape: RowShape): boolean {
  const cells = shape.columns.length;
  const trimmed = trimBlanks(tokens, cells);
  // Each token is at least one cell; a digit run at most one cell per digit.
  const most = trimmed.reduce((n, t) => n + (t.splittable ? t.raw.length : 1), 0);
  if (trimmed.length > cells || most < cells) return false;
  const result = readRow(trimmed, shape, false);
  return result.readings.length > 0 || result.overflow;
}

/** Drops blank cells at the edges of a row that has more cells than the template (layout padding). */
export function trimBlanks(tokens: readonly Token[], cells: number): readonly Token[] {
  let start = 0;
  let end = tokens.length;
  while (end - start > cells && tokens[end - 1]?.kind === 'blank') end--;
  while (end - start > cells && tokens[start]?.kind === 'blank') start++;
  return tokens.slice(start, end);
}

const COMBINED_LABELS = new WeakMap<readonly RowSpec[], RegExp>();

/** The row whose label occurs last in `label` (nearest to the numbers), in one regex pass. */
function nearestSpec(specs: readonly RowSpec[], label: string): RowSpec | null {
  let combined = COMBINED_LABELS.get(specs);
  if (!combined) {
    combined = new RegExp(specs.map((s) => `(${s.label.source})`).join('|'), 'g');
    COMBINED_LABELS.set(specs, combined);
  }
  let nearest: RowSpec | null = null;
  for (const match of label.matchAll(combined)) {
    const index = match.findIndex((group, i) => i > 0 && group !== undefined);
    nearest = specs[index - 1] ?? nearest;
  }
  return nearest;
}

/**
 * Aligns template rows with number groups in order (a dynamic programme): a group whose
 * label names a row is worth much more than one matched by position alone. Real layouts
 * lose labels, move them after the numbers or print two labels before one row.
 */
function alignRows(specs: readonly RowSpec[], groups: readonly NumberGroup[]): [RowSpec, NumberGroup][] {
  const n = specs.length;
  const m = groups.length;
  // Whether a group's tokens can be read as the row's cells at all (rows of 表三 share one shape).
  const fitsByShape = new Map<RowShape, boolean[]>();
  const fits = specs.map((spec) => {
    let row = fitsByShape.get(spec.shape);
    if (!row) {
      row = groups.map((group) => canRead(group.tokens, spec.shape));
      fitsByShape.set(spec.shape, row);
    }
    return row;
  });
  // A row's label may run on past its figures into a line of empty cells (a row split by a page
  // break or a wrapped cell: `5.要求行政机关确 | 0 | 0 …`, then on the next line
  // ` |  | 认或重新出具已获取信息 |  | …`): the figures' group is named by both parts of the label.
  const labels = groups.map((group, j) => {
    const next = groups[j + 1];
    const continues = !group.blankOnly && next?.blankOnly && next.tokens[0]?.line === (group.tokens.at(-1)?.line ?? -2) + 1;
    return continues ? group.label + next.label : group.label;
  });
  // The label printed nearest to the numbers, for breaking ties (`2.…3.其他（七）总计1000001`).
  const nearest = labels.map((label) => nearestSpec(specs, label));
  const named = specs.map((spec) => labels.map((label) => spec.label.test(label)));
  const score = (i: number, j: number) => {
    // A row printed all blank (`规章 | / | / | /`) counts only where its label names the row.
    if (groups[j]?.blankOnly) return named[i]?.[j] && fits[i]?.[j] ? 11 : 0;
    if (!fits[i]?.[j]) return named[i]?.[j] ? 0.5 : 0;
    if (named[i]?.[j]) return nearest[j] === specs[i] ? 11.5 : 11;
    return nearest[j] ? -1 : 1;
  };
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = best[i] as number[];
      row[j] = Math.max(
        (best[i + 1] as number[])[j] ?? 0,
        row[j + 1] ?? 0,
        ((best[i + 1] as number[])[j + 1] ?? 0) + score(i, j),
      );
    }
  }
  const pairs: [RowSpec, NumberGroup][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = (best[i] as number[])[j] ?? 0;
    const spec = specs[i] as RowSpec;
    const group = groups[j] as NumberGroup;
    if (here === ((best[i + 1] as number[])[j + 1] ?? 0) + score(i, j) && score(i, j) > 0) {
      pairs.push([spec, group]);
      i++;
      j++;
    } else if (here === ((best[i] as number[])[j + 1] ?? 0)) j++;
    else i++;
  }
  return pairs;
}

const MAX_COMBINATIONS = 50_000;

/**
 * Where digit runs of several rows can be cut in more than one way, keeps the cuts under which
 * every column identity of 表三 (balance, outcomes) that can be checked holds, preferring those
 * that also match the narrative total. If no cut makes the table consistent, the identities
 * cannot tell the readings apart (the report breaks them anyway) and the rows stay ambiguous.
 */
function resolveByIdentities(rows: RowCandidates[], narrative: readonly NarrativeFigure[]): RowCandidates[] {
  const ambiguous = rows.filter((r) => r.readings.length > 1 && !r.overflow);
  const combinations = ambiguous.reduce((p, r) => p * r.readings.length, 1);
  if (ambiguous.length === 0 || combinations > MAX_COMBINATIONS) return rows;

  const chosen = new Map<string, RowReading>();
  for (const row of rows) if (row.readings.length === 1 && row.readings[0]) chosen.set(row.spec.def.key, row.readings[0]);
  const cell = (row: string, column: number) => chosen.get(row)?.[column]?.value ?? null;
  const narrativeReceived = narrative.find((f) => f.metric === 'requestsReceived')?.value;

  /** Identities broken under the current choice (only those whose rows are all read). */
  const violations = (): number => {
    let broken = 0;
    const balanceRows = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];
    const outcomeRows = REQUEST_OUTCOME_ROWS.filter((r) => rows.some((row) => row.spec.def.key === r));
    for (let c = 0; c < 7; c++) {
      if (balanceRows.every((r) => chosen.has(r))) {
        const [a, b, t, f] = balanceRows.map((r) => cell(r, c) ?? 0);
        if ((a ?? 0) + (b ?? 0) !== (t ?? 0) + (f ?? 0)) broken++;
      }
      if (chosen.has('totalProcessed') && outcomeRows.every((r) => chosen.has(r))) {
        const outcomes = outcomeRows.reduce((sum, r) => sum + (cell(r, c) ?? 0), 0);
        if ((cell('totalProcessed', c) ?? 0) !== outcomes) broken++;
      }
    }
    return broken;
  };

  let best = { violations: Number.POSITIVE_INFINITY, narrative: -1 };
  let bestPicks: number[][] = [];
  const picks: number[] = [];
  const visit = (k: number) => {
    const row = ambiguous[k];
    if (!row) {
      const score = { violations: violations(), narrative: narrativeReceived !== undefined && cell('newReceived', 6) === narrativeReceived ? 1 : 0 };
      const better = score.violations < best.violations || (score.violations === best.violations && score.narrative > best.narrative);
      if (better) {
        best = score;
        bestPicks = [];
      }
      if (score.violations === best.violations && score.narrative === best.narrative) bestPicks.push([...picks]);
      return;
    }
    row.readings.forEach((reading, index) => {
      chosen.set(row.spec.def.key, reading);
      picks.push(index);
      visit(k + 1);
      picks.pop();
    });
    chosen.delete(row.spec.def.key);
  };
  visit(0);
  if (best.violations > 0) return rows;

  return rows.map((row) => {
    const k = ambiguous.indexOf(row);
    if (k < 0) return row;
    const kept = [...new Set(bestPicks.map((p) => p[k] ?? 0))].map((i) => row.readings[i] as RowReading);
    return { ...row, readings: kept };
  });
}

/** Reads tables 二, 三 and 四 from the token stream. */
export function readTables(tokens: readonly Token[], narrative: readonly NarrativeFigure[], year: number | null): TablesRead {
  return new TableReader(tokens, narrative, year).read();
}
