import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '@dlens/domain';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report.js';

/**
 * The real reports of the corpus written the other ways that sites, editors, OCR and copy and
 * paste write the same report: each rendering must give the same issuer, year and values as the
 * original. (The golden tests check the originals' values; these check that nothing else about
 * the way a report is written changes them.)
 */
const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');
const SOURCES = ['seed', 'real', 'peer']
  .flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => join(dir, f)))
  .filter((f) => /\.(txt|html|md)$/.test(f) && !f.endsWith('MANIFEST.md'));

const isHtml = (source: string) => source.endsWith('.html');
/** A line of a ` | ` or markdown table. */
const isPipeRow = (line: string) => (line.match(/\|/g) ?? []).length >= 2;
const eachPipeRow = (text: string, rewrite: (line: string) => string) => text.replace(/^.*$/gm, (line) => (isPipeRow(line) ? rewrite(line) : line));
const MARKDOWN_RULE = /^\s*\|?\s*:?-{2,}/;
const cellsOf = (line: string) => line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((cell) => cell.trim());
const fullWidth = (digits: string) => digits.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const spaceOutCjk = (text: string) => text.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, '$1 ');

/** Each rendering takes the original text (and its file name) and writes it another way. */
const RENDERINGS: Readonly<Record<string, (text: string, source: string) => string>> = {
  'Windows line ends': (text) => text.replace(/\r?\n/g, '\r\n'),
  'a byte order mark': (text) => `\ufeff${text}`,
  'blank lines between lines': (text) => text.replace(/\n/g, '\n\n'),
  'trailing spaces': (text) => text.replace(/\n/g, '   \n'),
  'full-width digits': (text, source) => (isHtml(source) ? text.replace(/>([^<]*)</g, (_, inner: string) => `>${fullWidth(inner)}<`) : fullWidth(text)),
  'thousands separators in table cells': (text) =>
    text.replace(/(?<=^|[\s|>])([1-9]\d{0,2})(\d{3})(?=$|[\s|<])/gm, (all: string, head: string, tail: string) => (/^(19|20)\d\d$/.test(all) ? all : `${head},${tail}`)),
  'tab-separated cells': (text) => eachPipeRow(text, (line) => cellsOf(line).join('\t')),
  'one cell per line': (text) => {
    // Where a row without a label follows another row's figures, nothing would tell where it starts: left as is.
    const lines = text.split('\n').filter((line) => line.trim() !== '' && !MARKDOWN_RULE.test(line));
    const figure = (cell: string) => /^(?:[\d.,]+|[/-]*)$/.test(cell);
    const unlabelled = (line: string) => isPipeRow(line) && figure(cellsOf(line)[0] ?? '');
    const endsInFigure = (line: string) => isPipeRow(line) && figure(cellsOf(line).filter(Boolean).at(-1) ?? '-');
    if (lines.some((line, i) => i > 0 && unlabelled(line) && endsInFigure(lines[i - 1] ?? ''))) return text;
    return eachPipeRow(text, (line) => (MARKDOWN_RULE.test(line) ? '' : cellsOf(line).join('\n')));
  },
  'markdown rows': (text) => eachPipeRow(text, (line) => `| ${cellsOf(line).join(' | ')} |`),
  'full-width bars': (text) => eachPipeRow(text, (line) => line.replace(/\|/g, '｜')),
  'no-break spaces around bars': (text, source) => (isHtml(source) ? text.replace(/<td([^>]*)>/g, '<td$1>&nbsp;') : eachPipeRow(text, (line) => line.replace(/ \|/g, '\u00a0|').replace(/\| /g, '|\u00a0'))),
  'a letter-spaced title': (text) => text.replace(/^(?!标题).{0,100}(?:年度报告|年报)\s*$/m, spaceOutCjk),
  'half-width parentheses': (text) => text.replace(/（/g, '(').replace(/）/g, ')'),
  'full-width parentheses': (text) => text.replace(/\(/g, '（').replace(/\)/g, '）'),
  'list marks 1． and 1、': (text) => text.replace(/(\d)\.(?=[\u4e00-\u9fff])/g, (_, digit: string) => `${digit}${Number(digit) % 2 ? '．' : '、'}`),
  'header cells and nested markup': (text, source) =>
    isHtml(source) ? text.replace(/<td([^>]*)>([\s\S]*?)<\/td>/gi, '<TH$1><p><span style="font-family:仿宋">$2</span></p></TH>') : text,
};

/** What must not change: issuer, year and every value (blank is null, a missing cell undefined). */
function essence(report: ParsedReport) {
  return {
    issuer: report.issuer.name,
    year: report.year,
    values: Object.fromEntries(Object.entries(report.values).map(([key, value]) => [key, value.value])),
  };
}

describe('the corpus written other ways', () => {
  for (const source of SOURCES) {
    it(source, async () => {
      const original = readFileSync(join(CORPUS, source), 'utf8');
      const expected = essence(await parseReport(Buffer.from(original), { fileName: source }));
      for (const [name, render] of Object.entries(RENDERINGS)) {
        const rendered = render(original, source);
        const parsed = essence(await parseReport(Buffer.from(rendered), { fileName: source }));
        expect(parsed, `${source}, ${name}`).toEqual(expected);
      }
    });
  }
});

it('every rendering rewrites some of the corpus', () => {
  const texts = SOURCES.map((source) => [source, readFileSync(join(CORPUS, source), 'utf8')] as const);
  for (const [name, render] of Object.entries(RENDERINGS)) {
    const changed = texts.filter(([source, text]) => render(text, source) !== text).map(([source]) => source);
    expect(changed.length, name).toBeGreaterThan(0);
  }
});
