#!/usr/bin/env node
// Parser accuracy on synthetic reports with ground truth (tools/synth/generate.mjs).
//
// usage: npx nx build report-parser && node tools/bench/accuracy.mjs --dir DIR [--limit N] [--examples K] [--json FILE]
//
// For every line of DIR/truth.jsonl the file is parsed with the built parser and compared:
//  - values by canonical key: exact, wrong, ambiguous-and-reported (parse.ambiguousSplit left the
//    cells out), unreadable-and-reported (parse.unreadCells), missing without a finding; extra keys;
//  - issuer name (exactly as printed, and leniently), year, template;
//  - the single-report findings (requests.*, review.sum, litigation.sum, narrative.totals):
//    recall and precision against the findings the printed values imply, and recall of the planted ones.
// Tables are printed per shape/encoding × template; then the keys that fail most, and examples.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseReport } from '@dlens/report-parser';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const dir = resolve(opt('--dir', ''));
const limit = Number(opt('--limit', 'Infinity'));
const examplesPerKind = Number(opt('--examples', '3'));
const jsonOut = opt('--json', null);
if (!opt('--dir', '')) {
  console.error('usage: node tools/bench/accuracy.mjs --dir DIR [--limit N] [--examples K] [--json FILE]');
  process.exit(2);
}

const SINGLE_RULES = new Set(['requests.balance', 'requests.outcomes', 'requests.columns', 'review.sum', 'litigation.sum', 'narrative.totals']);

/** What a finding is about, comparable between the truth and the parser: rule + column / row / block / keys. */
function anchor(f) {
  const last = f.cells[f.cells.length - 1] ?? '';
  const [, row, column] = last.split('.');
  switch (f.rule) {
    case 'requests.balance':
    case 'requests.outcomes':
      return `${f.rule}|${column}`;
    case 'requests.columns':
      return `${f.rule}|${row}`;
    case 'review.sum':
    case 'litigation.sum':
      return `${f.rule}|${row}`;
    case 'narrative.totals':
      return `${f.rule}|${[...f.cells].sort().join(',')}`;
    default:
      return `${f.rule}|${f.cells.join(',')}`;
  }
}

const normaliseName = (s) => (s ?? '').replace(/\s+/g, '').replace(/[（(]合成数据[^)）]*[)）]/g, '');

const newGroup = () => ({ reports: 0, failed: 0, values: 0, exact: 0, wrong: 0, ambiguous: 0, unread: 0, listed: 0, missing: 0, extra: 0, issuer: 0, issuerLenient: 0, year: 0, template: 0, perfect: 0 });
const groups = new Map();
const total = newGroup();
const keyFailures = new Map(); // key → { wrong, missing, shapes: {} }
const examples = new Map(); // kind → [example]
const crashes = [];
const findingStats = new Map(); // rule → { truth, planted, found, tp, tpPlanted }
const narrativeStats = new Map(); // metric → { stated, read, wrongValue }
const issuerMisses = [];
const yearMisses = [];
const templateMisses = [];

function example(kind, value) {
  const list = examples.get(kind) ?? [];
  if (list.length < examplesPerKind) list.push(value);
  examples.set(kind, list);
}

function ruleStats(rule) {
  let s = findingStats.get(rule);
  if (!s) findingStats.set(rule, (s = { truth: 0, planted: 0, found: 0, tp: 0, tpPlanted: 0, unverifiable: 0, unverifiablePlanted: 0 }));
  return s;
}

const sameValue = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a)));

const started = performance.now();
const lines = createInterface({ input: createReadStream(join(dir, 'truth.jsonl')), crlfDelay: Infinity });
let n = 0;
for await (const line of lines) {
  if (!line.trim()) continue;
  if (n >= limit) break;
  n++;
  const truth = JSON.parse(line);
  const groupKey = `${truth.shape}/${truth.encoding} · ${truth.template}`;
  const group = groups.get(groupKey) ?? newGroup();
  groups.set(groupKey, group);
  const bump = (field, by = 1) => {
    group[field] += by;
    total[field] += by;
  };
  bump('reports');
  let parsed;
  try {
    parsed = await parseReport(readFileSync(join(dir, truth.file)), { fileName: truth.file.split('/').pop() });
  } catch (error) {
    bump('failed');
    crashes.push({ file: truth.file, error: String(error?.message ?? error) });
    continue;
  }

  // Values.
  const ambiguousKeys = new Set(parsed.findings.filter((f) => f.rule === 'parse.ambiguousSplit').flatMap((f) => f.cells));
  const unreadKeys = new Set(parsed.findings.filter((f) => f.rule === 'parse.unreadCells').flatMap((f) => f.cells));
  const missingRows = new Set(parsed.missing);
  let clean = true;
  for (const [key, expected] of Object.entries(truth.values)) {
    bump('values');
    const got = parsed.values[key];
    const fail = (kind) => {
      clean = false;
      const k = keyFailures.get(key) ?? { wrong: 0, missing: 0, ambiguous: 0, shapes: {} };
      k[kind]++;
      if (kind !== 'ambiguous') k.shapes[truth.shape] = (k.shapes[truth.shape] ?? 0) + 1;
      keyFailures.set(key, k);
    };
    if (got) {
      if (sameValue(expected, got.value)) bump('exact');
      else {
        bump('wrong');
        fail('wrong');
        example(`wrong ${truth.shape} ${key.split('.').slice(0, 2).join('.')}`, { file: truth.file, key, expected, got: got.value, raw: got.raw, printed: truth.raw[key] });
      }
    } else if (ambiguousKeys.has(key)) {
      bump('ambiguous');
      fail('ambiguous');
    } else if (unreadKeys.has(key)) {
      bump('unread');
      fail('missing');
      example(`unread ${truth.shape} ${key.split('.').slice(0, 2).join('.')}`, { file: truth.file, key, expected, got: 'parse.unreadCells', printed: truth.raw[key] });
    } else if (missingRows.has(key.split('.').slice(0, 2).join('.')) || missingRows.has(key.split('.')[0])) {
      // Absent, and the row (or table) is listed in report.missing: reported, but no value.
      bump('listed');
      fail('missing');
      example(`missing (listed) ${truth.shape} ${key.split('.').slice(0, 2).join('.')}`, { file: truth.file, key, expected, printed: truth.raw[key] ?? expected, got: '(absent; row listed in report.missing)' });
    } else {
      bump('missing');
      fail('missing');
      example(`missing (silent) ${truth.shape} ${key.split('.').slice(0, 2).join('.')}`, { file: truth.file, key, expected, got: '(absent, no finding)', missingList: parsed.missing.join(',') });
    }
  }
  for (const key of Object.keys(parsed.values)) {
    if (!(key in truth.values)) {
      bump('extra');
      example(`extra ${truth.shape} ${key.split('.').slice(0, 2).join('.')}`, { file: truth.file, key, got: parsed.values[key].value, raw: parsed.values[key].raw });
    }
  }
  if (clean) bump('perfect');

  // Identity.
  if (normaliseName(parsed.issuer.name) === normaliseName(truth.issuer)) bump('issuer');
  else issuerMisses.push({ file: truth.file, expected: truth.issuer, got: parsed.issuer.name });
  const names = [truth.issuer, truth.signature].map(normaliseName);
  const got = normaliseName(parsed.issuer.name);
  if (got && names.some((name) => name === got || name.endsWith(got) || got.endsWith(name))) bump('issuerLenient');
  if (parsed.year === truth.year) bump('year');
  else yearMisses.push({ file: truth.file, expected: truth.year, got: parsed.year });
  if (parsed.template === truth.template) bump('template');
  else templateMisses.push({ file: truth.file, expected: truth.template, got: parsed.template, tables: parsed.tableTemplates });

  // Figures stated in the prose: read with the right value?
  for (const statement of truth.narrative) {
    const n = narrativeStats.get(statement.metric) ?? { stated: 0, read: 0, wrongValue: 0 };
    n.stated++;
    const read = parsed.narrative.find((f) => f.metric === statement.metric);
    if (read && read.value === statement.value) n.read++;
    else if (read) n.wrongValue++;
    else example(`narrative not read ${statement.metric}`, { file: truth.file, stated: statement.raw });
    narrativeStats.set(statement.metric, n);
  }

  // Single-report findings.
  const expectedFindings = new Map();
  for (const f of truth.findings) if (SINGLE_RULES.has(f.rule)) expectedFindings.set(anchor(f), f);
  const parserFindings = new Map();
  for (const f of parsed.findings) if (SINGLE_RULES.has(f.rule)) parserFindings.set(anchor(f), f);
  const unreadable = (f) => f.cells.some((k) => ambiguousKeys.has(k) || unreadKeys.has(k) || !(k in parsed.values));
  for (const [a, f] of expectedFindings) {
    const s = ruleStats(f.rule);
    s.truth++;
    if (f.planted) s.planted++;
    if (!parserFindings.has(a) && unreadable(f)) {
      // The cells the rule needs were not read (ambiguous or unreadable): the rule could not run.
      s.unverifiable++;
      if (f.planted) s.unverifiablePlanted++;
      continue;
    }
    if (parserFindings.has(a)) {
      s.tp++;
      if (f.planted) s.tpPlanted++;
    } else if (f.planted) example(`finding missed ${f.rule}`, { file: truth.file, finding: a, expected: f.expected, actual: f.actual, planted: truth.planted.map((p) => p.note).join('; ') });
  }
  for (const [a, f] of parserFindings) {
    ruleStats(f.rule).found++;
    if (!expectedFindings.has(a)) example(`false finding ${f.rule}`, { file: truth.file, finding: a, message: f.message });
  }
}
const seconds = (performance.now() - started) / 1000;

// ───────────────────────────── report ─────────────────────────────

const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const out = [];
const print = (s = '') => out.push(s);
print(`accuracy: ${n} synthetic reports from ${dir} parsed in ${seconds.toFixed(1)} s (${(n / seconds).toFixed(0)}/s)`);
print();
print('| shape/encoding · template | reports | values | exact | wrong | ambiguous, reported | unreadable, reported | missing, row listed | missing, silent | extra keys | all values right | issuer exact | issuer lenient | year | template | parse errors |');
print('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const row = (name, g) =>
  print(
    `| ${name} | ${g.reports} | ${g.values} | ${pct(g.exact, g.values)} | ${pct(g.wrong, g.values)} | ${pct(g.ambiguous, g.values)} | ${pct(g.unread, g.values)} | ${pct(g.listed, g.values)} | ${pct(g.missing, g.values)} | ${g.extra} | ${pct(g.perfect, g.reports - g.failed)} | ${pct(g.issuer, g.reports - g.failed)} | ${pct(g.issuerLenient, g.reports - g.failed)} | ${pct(g.year, g.reports - g.failed)} | ${pct(g.template, g.reports - g.failed)} | ${g.failed} |`,
  );
for (const name of [...groups.keys()].sort()) row(name, groups.get(name));
row('**all**', total);
print();
print('Single-report findings (anchored by rule and column / row / block / stated keys):');
print();
print('| rule | implied by truth | of them planted | not checkable (cells ambiguous/unread) | parser reported | recall (checkable) | recall (planted, checkable) | precision |');
print('|---|---|---|---|---|---|---|---|');
const sums = { truth: 0, planted: 0, found: 0, tp: 0, tpPlanted: 0, unverifiable: 0, unverifiablePlanted: 0 };
for (const rule of SINGLE_RULES) {
  const s = findingStats.get(rule) ?? { truth: 0, planted: 0, found: 0, tp: 0, tpPlanted: 0, unverifiable: 0, unverifiablePlanted: 0 };
  for (const k of Object.keys(sums)) sums[k] += s[k];
  print(`| ${rule} | ${s.truth} | ${s.planted} | ${s.unverifiable} (${s.unverifiablePlanted} planted) | ${s.found} | ${pct(s.tp, s.truth - s.unverifiable)} | ${pct(s.tpPlanted, s.planted - s.unverifiablePlanted)} | ${pct(s.tp, s.found)} |`);
}
print(`| **all** | ${sums.truth} | ${sums.planted} | ${sums.unverifiable} (${sums.unverifiablePlanted} planted) | ${sums.found} | ${pct(sums.tp, sums.truth - sums.unverifiable)} | ${pct(sums.tpPlanted, sums.planted - sums.unverifiablePlanted)} | ${pct(sums.tp, sums.found)} |`);
print();
print('Figures stated in the prose (truth.narrative) and read by the parser:');
print();
print('| metric | stated | read with the stated value | read with another value | not read |');
print('|---|---|---|---|---|');
for (const [metric, s] of [...narrativeStats.entries()].sort()) print(`| ${metric} | ${s.stated} | ${pct(s.read, s.stated)} | ${pct(s.wrongValue, s.stated)} | ${pct(s.stated - s.read - s.wrongValue, s.stated)} |`);
print();
print('Keys that fail most (wrong + missing, ambiguous-reported not counted):');
print();
print('| key | wrong | missing | ambiguous, reported | by shape |');
print('|---|---|---|---|---|');
const worst = [...keyFailures.entries()].sort((a, b) => b[1].wrong + b[1].missing - (a[1].wrong + a[1].missing)).slice(0, 25);
for (const [key, k] of worst) print(`| ${key} | ${k.wrong} | ${k.missing} | ${k.ambiguous} | ${Object.entries(k.shapes).map(([s, c]) => `${s} ${c}`).join(', ')} |`);
print();
const show = (title, list, max = 8) => {
  if (list.length === 0) return;
  print(`${title}: ${list.length}`);
  for (const x of list.slice(0, max)) print(`  ${JSON.stringify(x)}`);
  print();
};
show('Parse errors', crashes);
show('Issuer not read exactly', issuerMisses);
show('Year not read', yearMisses);
show('Template differs', templateMisses);
print('Examples by kind (file, key, expected, got):');
for (const kind of [...examples.keys()].sort()) {
  print(`- ${kind}`);
  for (const x of examples.get(kind)) print(`    ${JSON.stringify(x)}`);
}
console.log(out.join('\n'));
if (jsonOut) {
  writeFileSync(
    jsonOut,
    JSON.stringify({ reports: n, seconds, groups: Object.fromEntries(groups), total, findings: Object.fromEntries(findingStats), keyFailures: Object.fromEntries(keyFailures), examples: Object.fromEntries(examples), crashes, issuerMisses, yearMisses, templateMisses }, null, 1),
  );
}
