#!/usr/bin/env node
// The same reports saved as Word 97–2003 (.doc), Word (.docx) and PDF by LibreOffice: does the
// parser read each conversion as it reads the original? Issuer, year and every value are compared:
// a value read differently, missing from the conversion's reading, or read only from the conversion.
//
// usage: npx nx build report-parser
//   node tools/bench/office-formats.mjs [--synthetic DIR] [--count 40] [--check]
// With --check (CI) it exits 1 when a value is read as a different number in any format, or a
// corpus report is not read exactly as its original (a value missing from a synthetic report's
// conversion is listed but allowed: see BENCHMARKS.md).
// Needs LibreOffice's `soffice` (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui).
//
// Originals: the corpus's HTML pages and its ` | ` / markdown text reports (their table rows
// written as HTML tables first, every other line a paragraph), and with --synthetic the first
// --count generated HTML reports of a tools/synth corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseReport } from '@dlens/report-parser';

const { values: options } = parseArgs({ options: { synthetic: { type: 'string' }, count: { type: 'string' }, check: { type: 'boolean' } } });
const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const FORMATS = [
  { name: 'Word 97–2003 (.doc)', extension: 'doc', filter: 'doc:MS Word 97' },
  { name: 'Word (.docx)', extension: 'docx', filter: 'docx:MS Word 2007 XML' },
  { name: 'PDF', extension: 'pdf', filter: 'pdf' },
];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isPipeRow = (line) => (line.match(/\|/g) ?? []).length >= 2;
const isRule = (line) => /^\s*\|?\s*:?-{2,}/.test(line);

/** A text report as an HTML page: each run of table rows a table, each other line a paragraph. */
function textAsHtml(text) {
  const out = [];
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    if (isRule(line)) continue;
    if (isPipeRow(line)) {
      const cells = line.replace(/^\s*\|/, '').split('|').map((cell) => cell.trim());
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      if (!inTable) out.push('<table border="1">');
      inTable = true;
      out.push(`<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`);
      continue;
    }
    if (inTable) out.push('</table>');
    inTable = false;
    if (line.trim() !== '') out.push(`<p>${escape(line.replace(/^#+\s*/, ''))}</p>`);
  }
  if (inTable) out.push('</table>');
  return out.join('\n');
}

/** A corpus HTML page (an article body) as a whole page that declares its encoding. */
const page = (body) => `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

const work = mkdtempSync(join(tmpdir(), 'office-formats-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const originals = []; // { label, original: path, html: path }
for (const folder of ['seed', 'real', 'peer']) {
  for (const name of readdirSync(join(corpus, folder)).sort()) {
    const path = join(corpus, folder, name);
    const text = /\.(html|txt|md)$/.test(name) && !name.endsWith('MANIFEST.md') ? readFileSync(path, 'utf8') : null;
    if (text === null) continue;
    const html = name.endsWith('.html') ? page(text) : text.split('\n').filter(isPipeRow).length >= 10 ? page(textAsHtml(text)) : null;
    if (html === null) continue; // flattened page text: no table to write
    const converted = join(work, `${folder}-${basename(name).replace(/\.\w+$/, '')}.html`);
    writeFileSync(converted, html);
    originals.push({ label: `${folder}/${name}`, original: path, html: converted });
  }
}
if (options.synthetic) {
  const files = [];
  const visit = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.synthetic.html')) files.push(path);
    }
  };
  visit(resolve(options.synthetic));
  // Spread over the corpus (shapes and encodings vary by file), not the first folder only.
  const count = Number(options.count ?? 40);
  const step = Math.max(1, Math.floor(files.length / count));
  for (const path of files.filter((_, i) => i % step === 0).slice(0, count)) originals.push({ label: `synthetic/${basename(path)}`, original: path, html: path });
}

const essence = async (path) => {
  try {
    const report = await parseReport(readFileSync(path), { fileName: basename(path) });
    return { issuer: report.issuer.name, year: report.year, values: Object.fromEntries(Object.entries(report.values).map(([key, v]) => [key, v.value])) };
  } catch (error) {
    return { error: error.message };
  }
};
// Each original's own reading, once (every format is compared with it).
for (const original of originals) original.expected = await essence(original.original);

console.log(`office-formats: ${originals.length} reports (${originals.filter((o) => !o.label.startsWith('synthetic')).length} from the corpus), converted by ${spawnSync('soffice', ['--version'], { encoding: 'utf8' }).stdout.trim()}\n`);
console.log('| format | reports | read as the original | values compared | a different value | missing | extra | parse errors |');
console.log('|---|---|---|---|---|---|---|---|');
const differing = [];
let failed = false;
for (const format of FORMATS) {
  const out = join(work, format.extension);
  // One LibreOffice run per format for every file (starting it is most of the cost).
  const run = spawnSync('soffice', ['--headless', '--convert-to', format.filter, '--outdir', out, ...originals.map((o) => o.html)], { encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error?.message}`);
  let same = 0;
  let compared = 0;
  let different = 0;
  let missing = 0;
  let extra = 0;
  let errors = 0;
  for (const { label, html, expected } of originals) {
    const got = await essence(join(out, basename(html).replace(/\.html$/, `.${format.extension}`)));
    if (got.error) {
      errors++;
      failed = true;
      differing.push(`${format.extension} ${label}: ${got.error}`);
      continue;
    }
    const keys = new Set([...Object.keys(expected.values ?? {}), ...Object.keys(got.values)]);
    const wrong = [...keys].filter((key) => expected.values?.[key] !== got.values[key]);
    const identity = expected.issuer === got.issuer && expected.year === got.year;
    compared += keys.size;
    for (const key of wrong) {
      if (!(key in got.values)) missing++;
      else if (!(key in (expected.values ?? {}))) extra++;
      else {
        different++;
        failed = true;
      }
    }
    if (!label.startsWith('synthetic/') && (wrong.length > 0 || !identity)) failed = true;
    if (wrong.length === 0 && identity) same++;
    else differing.push(`${format.extension} ${label}: ${identity ? '' : `issuer/year ${got.issuer} ${got.year}; `}${wrong.length} values, e.g. ${wrong.sort((a, b) => Number(!(a in got.values)) - Number(!(b in got.values))).slice(0, 3).map((key) => `${key} ${expected.values?.[key]} → ${got.values[key]}`).join(', ')}`);
  }
  console.log(`| ${format.name} | ${originals.length} | **${same}** | ${compared} | ${different} | ${missing} | ${extra} | ${errors} |`);
}
if (differing.length > 0) console.log(`\nDiffering:\n${differing.map((line) => `- ${line}`).join('\n')}`);
if (options.check && failed) {
  console.error('\noffice-formats --check: a value read differently, or a corpus report not read as its original (above)');
  process.exit(1);
}
