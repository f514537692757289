#!/usr/bin/env node
// Deterministic generator of realistic SYNTHETIC 政府信息公开工作年度报告 with ground truth.
//
// usage: node tools/synth/generate.mjs --out DIR [--years 2019-2025] [--departments N]
//          [--provinces 21,32] [--sample-counties N] [--limit N] [--seed S] [--quiet]
//
// One report per county-level division of data/regions.json and year (its government), plus N
// departments each. Files go to DIR/<province>/<code>-<issuer>-<year>.synthetic.{txt,html};
// DIR/truth.jsonl has one line per report (values by canonical key, planted findings, shape …).
// Same seed and options → byte-identical output. See tools/synth/README.md.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGb18030 } from './lib/gb18030.mjs';
import { departmentsOf, issuerNames, loadCounties, shortName } from './lib/issuers.mjs';
import { ALL_YEARS, countyTraits, IssuerModel } from './lib/model.mjs';
import { renderFlat, renderHtml, renderPipe, SYNTHETIC_MARK } from './lib/render.mjs';
import { applyCellQuirks, buildCells, choosePlant, copyTables, dropRegulations, plantSlip, writeProse } from './lib/report.mjs';
import { Rng } from './lib/rng.mjs';
import { checkCrossYear, checkSingle, tableFingerprints } from './lib/rules.mjs';

export const GENERATOR_VERSION = '1.0.0';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv) {
  const args = { out: null, years: '2019-2025', departments: 0, provinces: null, limit: Infinity, seed: '1', sampleCounties: 0, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') args.out = next();
    else if (a === '--years') args.years = next();
    else if (a === '--departments') args.departments = Number(next());
    else if (a === '--provinces') args.provinces = next();
    else if (a === '--limit') args.limit = Number(next());
    else if (a === '--seed') args.seed = next();
    else if (a === '--sample-counties') args.sampleCounties = Number(next());
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

function parseYears(spec) {
  const years = new Set();
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let y = a; y <= (b || a); y++) years.add(y);
  }
  const bad = [...years].filter((y) => !ALL_YEARS.includes(y));
  if (bad.length) throw new Error(`years must lie in 2019–2025 (the template years): ${bad.join(', ')}`);
  return years;
}

const SHAPES = [
  ['pipe-text', 0.28],
  ['flat-text', 0.37],
  ['html-editor', 0.22],
  ['html-wps', 0.13],
];
const NAME_STYLES = [
  ['default', 0.5],
  ['plain', 0.25],
  ['prefixed', 0.2],
  ['office', 0.05],
];

/** Per-issuer habits that persist over the years (site layout, name style). */
function issuerHabits(seed, id) {
  const rng = new Rng(`${seed}|habits|${id}`);
  return {
    shape: rng.weighted(SHAPES),
    gb: rng.chance(0.3),
    nameStyle: rng.weighted(NAME_STYLES),
    deptPrefixed: rng.chance(0.15),
    titleForm: rng.weighted([
      ['年', 0.5],
      ['年度', 0.3],
      ['年报', 0.12],
      ['年前', 0.08],
    ]),
    breadcrumb: rng.chance(0.6),
  };
}

function pronoun(county, dept) {
  if (dept) return { who: '我局', leader: `${county.name.slice(-1)}委、${county.name.slice(-1)}政府` };
  if (county.zone) return { who: '我区', leader: '党工委、管委会' };
  const suffix = county.name.slice(-1);
  return { who: `我${suffix}`, leader: `${suffix}委、${suffix}政府` };
}

/** Layout choices of one report (shape, labels, quirks of real reports). */
function chooseLayout(rng, habits, ctx) {
  const shape = rng.chance(0.8) ? habits.shape : rng.weighted(SHAPES);
  const html = shape.startsWith('html');
  const quirks = [];
  const trialProactive = ctx.proactiveTemplate === '2019';
  const labels = {
    normative: trialProactive ? (rng.chance(0.9) ? '规范性文件' : '行政规范性文件') : rng.chance(0.85) ? '行政规范性文件' : '规范性文件',
    issued: '本年制发件数',
    repealed: rng.chance(0.01) ? '本年废纸件数' : '本年废止件数',
    inForce: rng.chance(0.01) ? '先行有效件数' : '现行有效件数',
    trialIssued: '本年新制作数量',
    trialPublished: rng.chance(0.15) ? '本年公开数量' : '本年新公开数量',
  };
  if (labels.repealed !== '本年废止件数') quirks.push('typo:本年废纸件数');
  if (labels.inForce !== '现行有效件数') quirks.push('typo:先行有效件数');
  if (rng.chance(0.015)) quirks.push('typo:执法案件');
  if (rng.chance(0.015)) quirks.push('typo:钩稽');
  const noRegulationsRow = ctx.dept ? rng.chance(0.3) : rng.chance(0.03);
  if (noRegulationsRow) quirks.push('no-regulations-row');
  const feeTable = ctx.year === 2025 && rng.chance(0.4);
  if (feeTable) quirks.push('fee-table-2025');
  const letter = ctx.dept && rng.chance(0.03);
  if (letter) quirks.push('letter-format');
  return {
    shape,
    encoding: html && habits.gb ? 'gb18030' : 'utf-8',
    flavor: shape === 'html-wps' ? 'wps' : 'editor',
    quirks,
    labels,
    noRegulationsRow,
    feeTable,
    letter,
    showTitle: html ? rng.chance(0.85) : true,
    titleTwice: rng.chance(0.6),
    asciiParens: shape === 'pipe-text' && rng.chance(0.5),
    crlf: shape === 'pipe-text' && rng.chance(0.05),
    scanFooter: rng.chance(0.2),
    pageFooterAt: shape === 'pipe-text' && rng.chance(0.04) ? rng.int(3, 20) : -1,
    pageNumber: rng.int(2, 5),
    reviewTitle: rng.weighted([
      ['四、政府信息公开行政复议、行政诉讼情况', 0.85],
      ['四、政府信息公开行政复议与行政诉讼情况', 0.1],
      ['四、行政复议与行政诉讼情况', 0.05],
    ]),
    problemsTitle: rng.weighted([
      ['存在的主要问题及改进情况', 0.7],
      ['政府信息公开工作存在的主要问题及改进情况', 0.2],
      ['存在的主要问题及改进措施', 0.1],
    ]),
    flat: {
      headerSpaced: rng.chance(0.5),
      cellSep: rng.chance(0.1) ? rng.pick([' ', '\u3000']) : '',
      labelSpace: rng.pick([0, 0.5, 1]),
      totalSpace: rng.pick([0, 0, 0.3, 0.7]),
      irregular: rng.chance(0.12) ? rng.pick([0.2, 0.4]) : 0,
      reviewSpace: rng.pick([0, 0, 0.3, 0.6, 1]),
      reviewLead: rng.chance(0.5) ? ' ' : '',
      afterTable: rng.chance(0.5) ? ' ' : '',
      blockSep: rng.pick(['', ' ', ' ']),
      headSep: rng.pick(['', ' ']),
      breadcrumb: habits.breadcrumb,
    },
    html: {
      tdStyle: rng.chance(0.7),
      emptyCell: rng.pick(['<p>&nbsp;</p>', '<p></p>', '<p><br/></p>']),
      httpEquiv: rng.chance(0.3),
      newlines: rng.chance(0.3),
      datePad: rng.chance(0.5) ? '&nbsp; &nbsp; &nbsp; &nbsp; &nbsp;' : '',
    },
  };
}

function titleOf(form, issuer, year, letter) {
  if (letter) return `${issuer}关于报送${year}年度政府信息公开工作年度报告的函`;
  switch (form) {
    case '年度':
      return `${issuer}${year}年度政府信息公开工作年度报告`;
    case '年报':
      return `${issuer}${year}年政府信息公开年度报告`;
    case '年前':
      return `${year}年${issuer}政府信息公开工作年度报告`;
    default:
      return `${issuer}${year}年政府信息公开工作年度报告`;
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.out) {
    process.stdout.write('usage: node tools/synth/generate.mjs --out DIR [--years 2019-2025] [--departments N] [--provinces 21,32] [--sample-counties N] [--limit N] [--seed S]\n');
    process.exit(args.help ? 0 : 2);
  }
  const years = parseYears(args.years);
  const seed = String(args.seed);
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  const started = performance.now();

  let counties = loadCounties(root);
  if (args.provinces) {
    const wanted = args.provinces.split(',').map((p) => p.trim());
    counties = counties.filter((c) => wanted.some((w) => c.code.startsWith(w)));
  }
  if (args.sampleCounties > 0 && args.sampleCounties < counties.length) {
    const step = counties.length / args.sampleCounties;
    counties = Array.from({ length: args.sampleCounties }, (_, i) => counties[Math.floor(i * step)]);
  }

  const truthFd = openSync(join(out, 'truth.jsonl'), 'w');
  const madeDirs = new Set();
  const stats = { reports: 0, bytes: 0, truthBytes: 0, shapes: {}, templates: {}, planted: {}, findings: {} };
  const seenTables = new Map();
  let stop = false;

  for (const county of counties) {
    if (stop) break;
    const traits = countyTraits(county, seed);
    const issuers = [null, ...departmentsOf(county, args.departments, seed)].map((dept) => {
      const id = `${county.code}-${dept ? dept.slug : 'gov'}`;
      return { id, dept, model: new IssuerModel({ id, county, dept, traits, seed }), habits: issuerHabits(seed, id), prev: null, prevBase: null };
    });
    for (const year of ALL_YEARS) {
      if (stop) break;
      const sameYear = [];
      for (const issuer of issuers) {
        const { dept, model, habits } = issuer;
        const rng = new Rng(`${seed}|report|${issuer.id}|${year}`);
        const plan = choosePlant(rng, year, model);
        const truth = model.simulate(year, plan && (plan.rule === 'outlier.yoy' || plan.rule === 'crossYear.carryOver') ? plan : null);
        const layout = chooseLayout(rng, habits, { year, dept, proactiveTemplate: truth.proactiveTemplate });
        let cells = buildCells(truth, rng);
        let tableTemplates = { proactive: truth.proactiveTemplate, requests: truth.requestsTemplate };
        const planted = [];
        if (plan?.rule === 'outlier.yoy') planted.push({ rule: plan.rule, cells: [plan.metric], note: `×${plan.factor.toFixed(1)} this year` });
        if (plan?.rule === 'crossYear.carryOver') planted.push({ rule: plan.rule, cells: ['requests.carriedOver.total'], note: `上年结转 shifted by ${plan.shift}` });
        if (layout.noRegulationsRow) dropRegulations(cells);
        if (plan?.rule === 'duplicate.tables') {
          const fp = (b) => b.fingerprints.proactive || b.fingerprints.requests;
          const donors = dept ? sameYear.filter((d) => fp(d.base)) : [];
          const donor = donors.length > 0 ? rng.pick(donors) : null;
          const prevBase = issuer.prevBase;
          if (donor) {
            copyTables(cells, donor.base);
            tableTemplates = { ...donor.base.tableTemplates };
            layout.noRegulationsRow = !('proactive.regulations.issued' in cells.values);
            planted.push({ rule: plan.rule, cells: ['proactive', 'requests'], note: `tables copied from ${donor.file}` });
          } else if (prevBase && fp(prevBase) && prevBase.tableTemplates.proactive === tableTemplates.proactive && prevBase.tableTemplates.requests === tableTemplates.requests) {
            copyTables(cells, prevBase);
            layout.noRegulationsRow = !('proactive.regulations.issued' in cells.values);
            planted.push({ rule: plan.rule, cells: ['proactive', 'requests'], note: `tables identical to the ${year - 1} report` });
          }
        }
        if (plan && !['duplicate.tables', 'outlier.yoy', 'crossYear.carryOver', 'narrative.totals'].includes(plan.rule)) {
          const slip = plantSlip(cells, plan, rng);
          if (slip) planted.push(slip);
        }
        const base = { values: cells.values, raws: cells.raws, tableTemplates, fingerprints: tableFingerprints(cells.values) };
        if (layout.shape !== 'flat-text') cells = applyCellQuirks(cells, rng, layout);

        const names = issuerNames(county, dept, dept ? (habits.deptPrefixed ? 'prefixed' : 'default') : rng.chance(0.9) ? habits.nameStyle : rng.weighted(NAME_STYLES));
        const { who, leader } = pronoun(county, dept);
        const vars = { Y: year, who, we: dept ? '我局' : who.replace(/^我/, '本'), leader, short: dept ? '我局' : shortName(county.name), issuer: names.printed, site: '政府门户网站', office: names.office };
        const written = writeProse(rng, cells.values, vars, plan?.rule === 'narrative.totals');
        if (written.planted) planted.push(written.planted);

        const slug = dept ? dept.slug : 'gov';
        const ext = layout.shape.startsWith('html') ? 'html' : 'txt';
        const file = `${county.provinceCode}/${county.code}-${slug}-${year}.synthetic.${ext}`;

        // Ground-truth findings: what the printed values imply under the format's rules.
        const findings = checkSingle(cells.values, written.statements);
        if (issuer.prev) findings.push(...checkCrossYear(issuer.prev.values, cells.values));
        const output = years.has(year) && stats.reports < args.limit;
        const fingerprints = cells.values === base.values ? base.fingerprints : tableFingerprints(cells.values);
        for (const table of ['proactive', 'requests']) {
          const fp = fingerprints[table];
          if (!fp) continue;
          if (issuer.prev && issuer.prev.fingerprints[table] === fp) findings.push({ rule: 'duplicate.tables', cells: [table], of: `${year - 1} report of the same issuer` });
          if (!output) continue;
          const seenKey = `${year}|${table}|${fp}`;
          const first = seenTables.get(seenKey);
          if (first) findings.push({ rule: 'duplicate.tables', cells: [table], of: first });
          else seenTables.set(seenKey, file);
        }
        const plantedRules = new Set(planted.map((p) => p.rule));
        for (const f of findings) f.planted = plantedRules.has(f.rule);

        issuer.prev = { values: cells.values, fingerprints };
        issuer.prevBase = base;
        sameYear.push({ base, file });
        if (!output) {
          if (stats.reports >= args.limit) stop = true;
          continue;
        }

        // Render.
        const date = rng.int(5, 31);
        const pubDay = Math.min(31, date + rng.int(0, 6));
        const titleBare = titleOf(habits.titleForm, names.printed, year, layout.letter);
        const rep = {
          ...layout,
          code: county.code,
          year,
          issuer: names.printed,
          signature: rng.chance(0.25) ? names.office : names.signature,
          title: `${titleBare}${SYNTHETIC_MARK}`,
          titleBare,
          dateSigned: `${year + 1}年1月${date}日`,
          pubDate: `${year + 1}-01-${String(pubDay).padStart(2, '0')} ${String(rng.int(8, 18)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          pubMonth: `${year + 1}01`,
          pubDay: `${year + 1}01${String(pubDay).padStart(2, '0')}`,
          pageId: 80000 + (Number.parseInt(county.code, 10) % 9973) * 7 + issuers.indexOf(issuer) * 131 + (year - 2019),
          prose: written.prose,
          proactiveTemplate: tableTemplates.proactive,
          requestsTemplate: tableTemplates.requests,
          values: cells.values,
          raws: cells.raws,
          feeTable: layout.feeTable ? (rng.chance(0.8) ? ['0', '0', '0'] : [String(rng.int(1, 3)), String(rng.int(1, 20) * 100), '0']) : null,
          letter: layout.letter ? { to: `${shortName(county.name)}人民政府办公室：` } : null,
          splitDigitsKey: layout.shape === 'html-editor' && rng.chance(0.03) ? rng.pick(['proactive.licensing.decisions', 'proactive.punishment.decisions', 'requests.newReceived.total']) : null,
        };
        if (rep.splitDigitsKey) layout.quirks.push('split-digits');
        // A row whose label was lost in conversion (the numbers remain, in their place).
        if (layout.shape !== 'flat-text' && rng.chance(0.015)) {
          rep.lostLabel = rng.pick(['deniedSecurityStability', 'deniedQueryMatter', 'unavailableUnclear', 'rejectedPublication', 'rejectedConfirmation']);
          layout.quirks.push(`lost-label:${rep.lostLabel}`);
        }
        if (layout.pageFooterAt >= 0) layout.quirks.push('page-footer');
        const text = layout.shape === 'pipe-text' ? renderPipe(rep) : layout.shape === 'flat-text' ? renderFlat(rep, rng) : renderHtml(rep);
        const bytes = layout.encoding === 'gb18030' ? encodeGb18030(text) : Buffer.from(text, 'utf8');
        const dir = join(out, county.provinceCode);
        if (!madeDirs.has(dir)) {
          mkdirSync(dir, { recursive: true });
          madeDirs.add(dir);
        }
        writeFileSync(join(out, file), bytes);

        const template = tableTemplates.proactive === tableTemplates.requests ? tableTemplates.proactive : 'mixed';
        const raw = {};
        for (const [k, v] of Object.entries(cells.raws)) if (v !== String(cells.values[k])) raw[k] = v;
        const line = {
          file,
          synthetic: true,
          generator: `dlens-synth ${GENERATOR_VERSION}`,
          seed,
          title: rep.title,
          // The name as printed in the title (in HTML without a title in the body, the page <title>).
          issuer: names.printed,
          issuerSource: rep.showTitle ? 'title' : 'html-title',
          signature: rep.signature,
          regionCode: county.code,
          regionName: county.name,
          prefecture: county.prefectureName,
          province: county.provinceName,
          population: county.population,
          kind: dept ? 'department' : 'government',
          department: dept ? dept.name : null,
          year,
          template,
          tableTemplates,
          shape: layout.shape,
          encoding: layout.encoding,
          quirks: layout.quirks,
          values: cells.values,
          raw,
          narrative: written.statements.map((s) => ({ metric: s.metric, value: s.value, keys: s.keys, raw: s.raw })),
          planted,
          findings,
        };
        const json = `${JSON.stringify(line)}\n`;
        writeSync(truthFd, json);
        stats.reports++;
        stats.bytes += bytes.length;
        stats.truthBytes += Buffer.byteLength(json);
        const shapeKey = `${layout.shape}/${layout.encoding}`;
        stats.shapes[shapeKey] = (stats.shapes[shapeKey] ?? 0) + 1;
        stats.templates[template] = (stats.templates[template] ?? 0) + 1;
        for (const p of planted) stats.planted[p.rule] = (stats.planted[p.rule] ?? 0) + 1;
        for (const f of findings) stats.findings[f.rule] = (stats.findings[f.rule] ?? 0) + 1;
        if (!args.quiet && stats.reports % 20000 === 0) {
          process.stderr.write(`  ${stats.reports} reports, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        }
      }
    }
  }
  closeSync(truthFd);
  const readme = [
    '# SYNTHETIC annual reports (合成数据，仅供测试)',
    '',
    'Every file in this folder was made by tools/synth/generate.mjs. None is a real government report:',
    'names are real divisions of GB/T 2260, all figures and prose are invented. Do not publish or ingest as real data.',
    '',
    `generator: dlens-synth ${GENERATOR_VERSION}; seed: ${seed}; years: ${[...years].join(',')}; departments: ${args.departments};` +
      ` provinces: ${args.provinces ?? 'all'}; sample-counties: ${args.sampleCounties || 'all'}; limit: ${Number.isFinite(args.limit) ? args.limit : 'none'}`,
    `reports: ${stats.reports}; ground truth: truth.jsonl (one JSON line per report)`,
    '',
  ].join('\n');
  writeFileSync(join(out, 'README.synthetic.md'), readme);
  const seconds = (performance.now() - started) / 1000;
  if (!args.quiet) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    process.stdout.write(
      `${stats.reports} synthetic reports in ${seconds.toFixed(1)} s (${Math.round(stats.reports / seconds)}/s): files ${mb(stats.bytes)}, truth.jsonl ${mb(stats.truthBytes)} → ${out}\n` +
        `shapes: ${JSON.stringify(stats.shapes)}\ntemplates: ${JSON.stringify(stats.templates)}\nplanted: ${JSON.stringify(stats.planted)}\nfindings implied: ${JSON.stringify(stats.findings)}\n`,
    );
  }
}

main();
