// From the true figures of an issuer-year to the printed report: the cells (with blanks, notes
// and units as printed), the planted slips, the prose and its stated figures, the layout choices.
import { misstate, reportProse, requestSentence } from './prose.mjs';
import { PART_COLUMNS, REQUEST_COLUMNS, REQUEST_KEYS, requestRows, REVIEW_BLOCKS, REVIEW_KEYS } from './template.mjs';

const round6 = (x) => Math.round(x * 1e6) / 1e6;

/** An amount with at most `decimals` decimals, trailing zeros dropped (5087.94, 1690.9913, 200). */
export function formatAmount(value, decimals) {
  if (value === 0) return '0';
  return value.toFixed(decimals).replace(/\.?0+$/, '');
}

/** Printed values (key → number | null) and raw text where it differs from the number. */
export function buildCells(truth, rng) {
  const values = {};
  const raws = {};
  const p = truth.proactive;
  const set = (key, value, raw) => {
    values[key] = value;
    if (raw !== undefined) raws[key] = raw;
  };
  if (truth.proactiveTemplate === '2021') {
    for (const c of ['issued', 'repealed', 'inForce']) set(`proactive.regulations.${c}`, 0);
    set('proactive.normativeDocuments.issued', p.issued);
    set('proactive.normativeDocuments.repealed', p.repealed);
    set('proactive.normativeDocuments.inForce', p.inForce);
    set('proactive.licensing.decisions', p.licensing);
    set('proactive.punishment.decisions', p.punishment);
    set('proactive.coercion.decisions', p.coercion);
    const fees = formatAmount(p.fees, p.feeDecimals);
    if (p.fees > 0 && rng.chance(0.015)) {
      // Printed in 元 although the column says 万元 (the value is converted; the raw text keeps the unit).
      const yuan = Math.round(Number(fees) * 10000 * 100) / 100;
      set('proactive.fees.amountWan', round6(yuan / 10000), `${formatAmount(yuan, 2)}元`);
    } else set('proactive.fees.amountWan', Number(fees), fees);
  } else {
    for (const c of ['issued', 'published', 'inForce']) set(`proactive.regulations.${c}`, 0);
    set('proactive.normativeDocuments.issued', p.issued);
    set('proactive.normativeDocuments.published', p.published);
    set('proactive.normativeDocuments.inForce', p.publishedTotal);
    const items = (key, itemKey, decisions) => {
      set(`proactive.${key}.itemsLastYear`, p.itemsLastYear[itemKey]);
      set(`proactive.${key}.itemsChange`, p.itemsChange[itemKey]);
      if (decisions !== undefined) set(`proactive.${key}.decisions`, decisions);
    };
    items('licensing', 'licensing', p.licensing);
    items('otherServices', 'otherServices', p.otherServices);
    items('punishment', 'punishment', p.punishment);
    items('coercion', 'coercion', p.coercion);
    items('fees', 'fees');
    set('proactive.procurement.items', p.procurementItems);
    // 采购总金额: printed in 万元 or in 元 (then converted to 万元; the raw text keeps the unit).
    if (p.procurementWan > 0 && rng.chance(0.4)) {
      const yuan = Math.round(p.procurementWan * 10000 * 100 + rng.int(0, 99)) / 100;
      const raw = `${formatAmount(yuan, 2)}元`;
      set('proactive.procurement.amountWan', round6(yuan / 10000), raw);
    } else {
      const wan = formatAmount(p.procurementWan, 2);
      set('proactive.procurement.amountWan', Number(wan), p.procurementWan > 0 ? `${wan}万元` : wan);
    }
  }
  for (const row of requestRows(truth.requestsTemplate)) {
    let cells = truth.requests[row.key];
    if (truth.requestsTemplate === '2019' && row.key === 'otherReasons') {
      // The trial format's single （六）其他处理 row holds all three.
      cells = REQUEST_COLUMNS.map((_, c) => truth.requests.otherNoCorrection[c] + truth.requests.otherUnpaidFee[c] + truth.requests.otherReasons[c]);
    }
    const keys = REQUEST_KEYS[row.key];
    for (let c = 0; c < 7; c++) values[keys[c]] = cells[c];
  }
  for (const block of REVIEW_BLOCKS) {
    const keys = REVIEW_KEYS[block];
    for (let c = 0; c < 5; c++) values[keys[c]] = truth.review[block][c];
  }
  return { values, raws };
}

// ───────────────────────────── planted slips ─────────────────────────────

/** Which inconsistency (if any) to plant in a report; ~7.5 % of reports. */
export function choosePlant(rng, year, model) {
  if (!rng.chance(0.075)) return null;
  const options = [
    ['requests.balance', 1.2],
    ['requests.outcomes', 1.2],
    ['requests.columns', 1.2],
    ['review.sum', 0.8],
    ['litigation.sum', 0.6],
    ['narrative.totals', 1.0],
    ['duplicate.tables', 0.6],
  ];
  if (year > 2019) options.push(['crossYear.carryOver', 0.8], ['outlier.yoy', 0.8]);
  const rule = rng.weighted(options);
  if (rule === 'outlier.yoy') {
    const prev = model.prev;
    const candidates = [];
    if (prev) {
      if (prev.requests.newReceived[6] >= 4) candidates.push('requestsReceived');
      if (prev.proactive.licensing >= 4) candidates.push('licensingDecisions');
      if (prev.proactive.punishment >= 4) candidates.push('punishmentDecisions');
      if (prev.proactive.coercion >= 4) candidates.push('coercionDecisions');
      if (year >= 2022 && prev.proactive.fees >= 4) candidates.push('feesWan');
    }
    if (candidates.length === 0) return null;
    return { rule, metric: rng.pick(candidates), factor: rng.uniform(6.5, 10) };
  }
  if (rule === 'crossYear.carryOver') return { rule, column: rng.weighted([[0, 0.8], [1, 0.1], [4, 0.1]]), shift: rng.chance(0.6) ? rng.int(1, 4) : -rng.int(1, 3) };
  return { rule };
}

const req = (row, column) => `requests.${row}.${column}`;
const COMMON_OUTCOMES = [
  ['granted', 4],
  ['partiallyGranted', 2],
  ['unavailableNotHeld', 2],
  ['deniedThirdPartyRights', 1],
  ['rejectedRepeated', 1],
  ['otherReasons', 1],
];

/** Plants a printing slip in the cells; returns what was planted (rule, cells changed, note). */
export function plantSlip(cells, plant, rng) {
  const { values } = cells;
  const bump = (key, delta) => {
    values[key] = (values[key] ?? 0) + delta;
    delete cells.raws[key];
  };
  const column = () => (rng.chance(0.75) ? 'naturalPerson' : rng.pick(PART_COLUMNS));
  switch (plant.rule) {
    case 'requests.balance': {
      const c = column();
      if (rng.chance(0.5)) {
        // 新收 misprinted (the applicant cell and the total move together).
        const k = values[req('newReceived', c)] > 2 && rng.chance(0.4) ? -rng.int(1, 2) : rng.int(1, 3);
        bump(req('newReceived', c), k);
        bump(req('newReceived', 'total'), k);
        return { rule: plant.rule, cells: [req('newReceived', c), req('newReceived', 'total')], note: `新收 ${k > 0 ? '+' : ''}${k}` };
      }
      // The same request counted as processed and carried forward (平潭 公安局 2021).
      const k = rng.int(1, 2);
      bump(req('carriedForward', c), k);
      bump(req('carriedForward', 'total'), k);
      return { rule: plant.rule, cells: [req('carriedForward', c), req('carriedForward', 'total')], note: `结转下年度 +${k}` };
    }
    case 'requests.outcomes': {
      const c = column();
      const row = rng.weighted(COMMON_OUTCOMES);
      const k = values[req(row, c)] > 2 && rng.chance(0.4) ? -rng.int(1, 2) : rng.int(1, 6);
      bump(req(row, c), k);
      bump(req(row, 'total'), k);
      return { rule: plant.rule, cells: [req(row, c), req(row, 'total')], note: `${row} ${k > 0 ? '+' : ''}${k}` };
    }
    case 'requests.columns': {
      const totals = Object.keys(values).filter((k) => k.startsWith('requests.') && k.endsWith('.total') && values[k] > 0);
      if (rng.chance(0.25) && totals.length > 0) {
        // The whole 总计 column printed as 0 (平潭 海坛 2024).
        for (const k of totals) bump(k, -values[k]);
        return { rule: plant.rule, cells: totals, note: '总计 column all 0' };
      }
      const rowKey = rng.weighted([
        ['newReceived', 2],
        ['granted', 2],
        ['totalProcessed', 2],
        ['partiallyGranted', 1],
        ['unavailableNotHeld', 1],
        ['carriedForward', 1],
      ]);
      const key = req(rowKey, 'total');
      const k = values[key] > 2 && rng.chance(0.5) ? -rng.int(1, 2) : rng.int(1, 5);
      bump(key, k);
      return { rule: plant.rule, cells: [key], note: `${rowKey} 总计 ${k > 0 ? '+' : ''}${k}` };
    }
    case 'review.sum':
    case 'litigation.sum': {
      const block = plant.rule === 'review.sum' ? 'review' : rng.pick(['litigationDirect', 'litigationAfterReview']);
      const key = (c) => `reviewLitigation.${block}.${c}`;
      if (rng.chance(0.5)) {
        // A result counted but the total left at its old value (平潭 行政审批局 2024: 维持 1, 总计 0).
        const part = rng.pick(['upheld', 'corrected', 'other', 'pending']);
        bump(key(part), 1);
        return { rule: plant.rule, cells: [key(part)], note: `${part} +1` };
      }
      const k = values[key('total')] > 1 && rng.chance(0.4) ? -1 : rng.int(1, 3);
      bump(key('total'), k);
      return { rule: plant.rule, cells: [key('total')], note: `总计 ${k > 0 ? '+' : ''}${k}` };
    }
    default:
      return null;
  }
}

/** Copies the donor's tables 二, 三 and 四 (a department copying another's, or last year's). */
export function copyTables(cells, donor) {
  for (const key of Object.keys(cells.values)) delete cells.values[key];
  for (const key of Object.keys(cells.raws)) delete cells.raws[key];
  Object.assign(cells.values, donor.values);
  Object.assign(cells.raws, donor.raws);
}

// ───────────────────────────── quirks of real reports ─────────────────────────────

const BLANK_MARKS = ['/', '—', '', '无', '-'];

/**
 * Blank cells (null) and notes inside cells; only where the shape keeps cell boundaries.
 * Returns the cells, copied first when a quirk changes them (the input stays as it was).
 */
export function applyCellQuirks(input, rng, layout) {
  const blanks = rng.chance(0.05);
  const issued = input.values['proactive.normativeDocuments.issued'];
  const note = issued >= 2 && rng.chance(0.03);
  if (!blanks && !note) return input;
  const cells = { values: { ...input.values }, raws: { ...input.raws } };
  const { values, raws } = cells;
  const quirks = layout.quirks;
  if (blanks) {
    const mark = rng.pick(BLANK_MARKS);
    const blank = (key) => {
      values[key] = null;
      raws[key] = mark === '' ? '' : mark;
    };
    const kinds = [];
    const reg = Object.keys(values).filter((k) => k.startsWith('proactive.regulations.'));
    if (!layout.noRegulationsRow && reg.every((k) => values[k] === 0)) kinds.push(() => reg.forEach(blank));
    if (values['proactive.coercion.decisions'] === 0) kinds.push(() => blank('proactive.coercion.decisions'));
    const review = Object.keys(values).filter((k) => k.startsWith('reviewLitigation.'));
    if (review.every((k) => values[k] === 0)) kinds.push(() => review.forEach(blank));
    const org = Object.keys(values).filter((k) => k.startsWith('requests.') && /\.(research|socialWelfare)$/.test(k));
    if (org.every((k) => values[k] === 0)) kinds.push(() => org.forEach(blank));
    if (kinds.length > 0) {
      rng.pick(kinds)();
      quirks.push(`blank-cells:${mark === '' ? 'empty' : mark}`);
    }
  }
  if (note) {
    raws['proactive.normativeDocuments.issued'] = `${issued}（其中修订${rng.int(1, issued - 1)}件）`;
    quirks.push('cell-note');
  }
  return cells;
}

/** Removes the 规章 row from the printed values (many departments print only 规范性文件). */
export function dropRegulations(cells) {
  for (const key of Object.keys(cells.values)) {
    if (key.startsWith('proactive.regulations.')) {
      delete cells.values[key];
      delete cells.raws[key];
    }
  }
}

/** The prose and the statements it makes; a narrative.totals slip changes one stated figure. */
export function writeProse(rng, values, vars, plantNarrative) {
  let { text, statements } = requestSentence(rng, values, vars);
  let planted = null;
  if (plantNarrative) {
    const slip = misstate(rng, statements);
    if (slip) {
      text = text.replace(slip.statement.raw, slip.raw);
      statements = statements.map((s) => (s === slip.statement ? { ...s, value: slip.value, raw: slip.raw } : s));
      planted = { rule: 'narrative.totals', cells: [...slip.statement.keys], note: `prose says ${slip.value}, table ${slip.statement.value}` };
    }
  }
  return { prose: reportProse(rng, vars, text), statements, planted };
}

