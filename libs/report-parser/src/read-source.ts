import type { Finding, ParsedReport, ReportValue, TemplateVersion } from '@dlens/domain';
import { ParseError } from './errors/parse-error.js';
import { readIdentity } from './facts/identity.js';
import { readNarrative } from './facts/narrative.js';
import { Prose } from './facts/prose.js';
import { withAsciiNumerals } from './source/characters.js';
import type { SourceDoc } from './source/source-doc.js';
import { readTables } from './tables/read-tables.js';
import { tokenize } from './tables/tokens.js';
import { checkReport } from './validate/report-rules.js';

/** Bumped whenever the parser reads any input differently; stored with every revision. */
export const PARSER_VERSION = '1.2.0';

const ANNUAL_REPORT = /政府信息公开|信息公开工作|政务公开/;
/** The words by which generated demo reports (tools/synth) declare themselves synthetic. */
const SYNTHETIC_MARK = '合成数据，仅供测试';
const FIRST_TEMPLATE_YEAR = 2019;

/** The opening and closing prose, whitespace collapsed (crawler metadata lines left out). */
function contextOf(text: string): ParsedReport['context'] {
  const clean = (part: string) => part.replace(/^(?:标题|发布时间|文号|发布机构|栏目|原文链接|本地目录|页面链接)[:：].*$/gm, '').replace(/\s+/g, ' ').trim();
  // Only the ends are needed: clean a margin around them, not the whole text.
  const opening = clean(text.slice(0, 3000)).slice(0, 600);
  const closing = text.length > 3000 ? clean(text.slice(-1500)).slice(-300) : clean(text).slice(600).slice(-300);
  return { opening, closing };
}

/** Rows the parser found printed but could not read (`requests.granted`), from its own findings. */
function unreadRows(findings: readonly Finding[]): Set<string> {
  const rows = findings.filter((f) => f.rule.startsWith('parse.')).flatMap((f) => f.cells.map((c) => c.split('.').slice(0, 2).join('.')));
  return new Set(rows);
}

/** Reads the canonical report out of a source document of any kind. */
export function readSourceDoc(source: SourceDoc, fileName: string | null): ParsedReport {
  const doc = withAsciiNumerals(source);
  const prose = new Prose(doc);
  const identity = readIdentity(prose);
  if (identity.year !== null && identity.year < FIRST_TEMPLATE_YEAR) {
    throw new ParseError('pre-2019', `report year ${identity.year}`);
  }
  const narrative = readNarrative(prose);
  const tables = readTables(tokenize(doc), narrative, identity.year);
  const foundTables = ['proactive', 'requests', 'reviewLitigation'].filter((t) => !tables.missing.includes(t));
  if (foundTables.length === 0 && !ANNUAL_REPORT.test(prose.text)) {
    throw new ParseError('not-annual-report', 'no table of the national template and no mention of 政府信息公开');
  }
  if (foundTables.length === 0) {
    // It talks about disclosure, but without the template's tables there is nothing to compare
    // (tables printed as images need OCR first).
    throw new ParseError('not-annual-report', 'none of the statistical tables of the national template was found (tables printed as images need OCR first)');
  }

  const templates = Object.values(tables.tableTemplates) as TemplateVersion[];
  const template: TemplateVersion | 'mixed' =
    templates.length === 0 ? (identity.year !== null && identity.year <= 2020 ? '2019' : '2021') : templates.every((t) => t === templates[0]) ? (templates[0] as TemplateVersion) : 'mixed';
  const values: Record<string, ReportValue> = {};
  for (const key of [...tables.values.keys()].sort()) values[key] = tables.values.get(key) as ReportValue;

  return {
    parserVersion: PARSER_VERSION,
    source: { kind: doc.kind, fileName, encoding: doc.encoding, pages: doc.pages },
    title: identity.title,
    issuer: { name: identity.issuer, location: identity.issuerLocation },
    year: identity.year,
    template,
    tableTemplates: tables.tableTemplates,
    values,
    missing: [...tables.missing].sort(),
    narrative,
    findings: [...tables.findings, ...checkReport(tables.values, narrative, unreadRows(tables.findings))],
    context: contextOf(prose.text),
    ...(prose.text.includes(SYNTHETIC_MARK) ? { synthetic: true as const } : {}),
  };
}
