// The consistency rules of shared/docs/report-format.md, implemented from the document for the
// ground truth (independently of the parser): which findings a report's printed values imply.
// Blank cells (null) count as 0 in sums; rows that are absent are not checked.
import { hash32 } from './rng.mjs';
import { OUTCOME_ROWS, REQUEST_KEYS, REQUEST_ROWS, REVIEW_BLOCKS, REVIEW_KEYS } from './template.mjs';

const has = (values, key) => key in values;
const num = (values, key) => values[key] ?? 0;
const round6 = (x) => Math.round(x * 1e6) / 1e6;
const FLOWS = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];

/** Single-report findings: requests.columns, requests.balance, requests.outcomes, review.sum, litigation.sum, narrative.totals. */
export function checkSingle(values, narrative) {
  const out = [];
  for (const row of REQUEST_ROWS) {
    const keys = REQUEST_KEYS[row.key];
    const totalKey = keys[6];
    if (!has(values, totalKey)) continue;
    const parts = [];
    let sum = 0;
    for (let c = 0; c < 6; c++) {
      if (!has(values, keys[c])) continue;
      parts.push(keys[c]);
      sum += num(values, keys[c]);
    }
    if (parts.length > 0 && sum !== num(values, totalKey)) out.push({ rule: 'requests.columns', cells: [...parts, totalKey], expected: sum, actual: num(values, totalKey) });
  }
  const flowsPresent = FLOWS.every((row) => REQUEST_KEYS[row].some((k) => has(values, k)));
  for (let c = 0; c < 7; c++) {
    if (flowsPresent) {
      const [n, o, t, f] = FLOWS.map((row) => REQUEST_KEYS[row][c]);
      const inflow = num(values, n) + num(values, o);
      const outflow = num(values, t) + num(values, f);
      if (inflow !== outflow) out.push({ rule: 'requests.balance', cells: [n, o, t, f], expected: inflow, actual: outflow });
    }
    const totalKey = REQUEST_KEYS.totalProcessed[c];
    if (!has(values, totalKey)) continue;
    const outcomeKeys = [];
    let sum = 0;
    for (const row of OUTCOME_ROWS) {
      const key = REQUEST_KEYS[row][c];
      if (!has(values, key)) continue;
      outcomeKeys.push(key);
      sum += num(values, key);
    }
    if (outcomeKeys.length > 0 && sum !== num(values, totalKey)) out.push({ rule: 'requests.outcomes', cells: [...outcomeKeys, totalKey], expected: sum, actual: num(values, totalKey) });
  }
  for (const block of REVIEW_BLOCKS) {
    const keys = REVIEW_KEYS[block];
    const totalKey = keys[4];
    if (!has(values, totalKey)) continue;
    const parts = keys.slice(0, 4).filter((k) => has(values, k));
    const sum = parts.reduce((a, k) => a + num(values, k), 0);
    if (sum !== num(values, totalKey)) {
      out.push({ rule: block === 'review' ? 'review.sum' : 'litigation.sum', cells: [...parts, totalKey], expected: sum, actual: num(values, totalKey) });
    }
  }
  for (const figure of narrative) {
    const keys = figure.keys.filter((k) => has(values, k));
    if (keys.length === 0) continue;
    const table = round6(keys.reduce((a, k) => a + num(values, k), 0));
    if (table !== figure.value) out.push({ rule: 'narrative.totals', cells: [...figure.keys], expected: figure.value, actual: table, metric: figure.metric });
  }
  return out;
}

/** Headline figures compared year on year (fivefold change, at least 20 in one of the years). */
const OUTLIER_KEYS = {
  requestsReceived: ['requests.newReceived.total'],
  licensingDecisions: ['proactive.licensing.decisions'],
  punishmentDecisions: ['proactive.punishment.decisions'],
  coercionDecisions: ['proactive.coercion.decisions'],
  feesWan: ['proactive.fees.amountWan'],
};

/** Findings against the same issuer's report of the year before. */
export function checkCrossYear(previous, values) {
  const out = [];
  if (has(values, 'requests.carriedOver.total') && has(previous, 'requests.carriedForward.total')) {
    const now = num(values, 'requests.carriedOver.total');
    const before = num(previous, 'requests.carriedForward.total');
    if (now !== before) out.push({ rule: 'crossYear.carryOver', cells: ['requests.carriedOver.total'], expected: before, actual: now });
  }
  const stock = ['proactive.normativeDocuments.inForce', 'proactive.normativeDocuments.issued', 'proactive.normativeDocuments.repealed'];
  if (stock.every((k) => has(values, k)) && has(previous, 'proactive.normativeDocuments.inForce') && has(previous, 'proactive.normativeDocuments.repealed')) {
    const expected = num(previous, stock[0]) + num(values, stock[1]) - num(values, stock[2]);
    if (expected !== num(values, stock[0])) out.push({ rule: 'crossYear.stock', cells: stock, expected, actual: num(values, stock[0]) });
  }
  for (const [metric, keys] of Object.entries(OUTLIER_KEYS)) {
    if (!keys.every((k) => has(values, k) && has(previous, k))) continue;
    const now = num(values, keys[0]);
    const before = num(previous, keys[0]);
    if (Math.max(now, before) < 20) continue;
    if (Math.max(now, before) / Math.max(Math.min(now, before), 1) > 5) out.push({ rule: 'outlier.yoy', cells: keys, expected: before, actual: now, metric });
  }
  return out;
}

const keyHashes = new Map();

/**
 * Fingerprints of tables 二 and 三 (the tables compared for duplicates): two 32-bit hashes of the
 * key=value pairs in canonical order (the printing order, which is fixed per template), or null
 * when the table is too sparse to prove copying, by the domain's rule (tableFingerprint in
 * libs/domain): at least 5 non-zero cells besides the totals, with at least 3 different values.
 */
export function tableFingerprints(values) {
  const h = { proactive: [0x811c9dc5, 0x2545f491], requests: [0x811c9dc5, 0x2545f491] };
  const evidence = { proactive: [], requests: [] };
  for (const k in values) {
    const c = k.charCodeAt(2); // pr(o)active, re(q)uests, re(v)iewLitigation
    if (c !== 111 && c !== 113) continue;
    const table = c === 111 ? 'proactive' : 'requests';
    let kh = keyHashes.get(k);
    if (kh === undefined) keyHashes.set(k, (kh = hash32(k)));
    const v = values[k];
    if (v && !/\.(total|totalProcessed)(\.|$)/.test(k)) evidence[table].push(v);
    const whole = v === null ? -1 : Math.floor(v);
    const frac = v === null ? 7 : Math.round((v - whole) * 1e6);
    const pair = h[table];
    for (const x of [kh, whole % 4294967296, Math.floor(whole / 4294967296), frac]) {
      pair[0] = Math.imul(pair[0] ^ x, 0x01000193);
      pair[1] = Math.imul(pair[1] ^ x, 0x5bd1e995) ^ (pair[1] >>> 15);
    }
  }
  const enough = (table) => evidence[table].length >= 5 && new Set(evidence[table]).size >= 3;
  const fp = (table) => (enough(table) ? `${(h[table][0] >>> 0).toString(36)}${(h[table][1] >>> 0).toString(36)}` : null);
  return { proactive: fp('proactive'), requests: fp('requests') };
}
