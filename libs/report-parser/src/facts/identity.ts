import type { SourceLocation } from '@dlens/domain';
import { normaliseLabel } from '../tables/groups.js';
import type { Prose } from './prose.js';

export interface ReportIdentity {
  readonly title: string | null;
  readonly titleLocation: SourceLocation | null;
  readonly year: number | null;
  readonly issuer: string | null;
  readonly issuerLocation: SourceLocation | null;
}

/**
 * A report title: 【issuer】【year】年(度)政府信息公开(工作)年度报告, in many variants; not the
 * name of another document in 《》 (《中华人民共和国政府信息公开工作年度报告格式》).
 */
const TITLE = /[^。，；！？\n《》]{0,60}?(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)(?![格》])(?:的函)?/;
/** Crawler metadata line `标题: …`. */
const CRAWLER_TITLE = /^标题[:：]\s*(.+)$/m;
const YEAR_IN_TITLE = /(20\d{2}|19\d{2})\s*年/;
/** The statistics period of the report (read with line breaks removed: PDF lines wrap anywhere). */
const STATISTICS_PERIOD = /(?:统计期限|统计周期|统计时限)[^。\n]{0,12}?(20\d{2})\s*年\s*1\s*月\s*1\s*日/;
/** Words between an issuer's name and the year in titles such as 某某局关于报送2020年度…的函. */
const ISSUER_TAIL = /(?:关于(?:报送|印发|公布|发布)?|的)$/;
/** Words before an issuer's name when the title was read from a sentence: 现将某某县2025年政府信息公开年度报告向社会公布. */
const ISSUER_LEAD = /^(?:现将|特将|兹将|现就)/;
const ISSUER_SUFFIX = /(?:人民政府(?:办公室|办公厅)?|管理委员会|管委会|办公室|办公厅|委员会|[局委办厅署院馆站所队中心会处]|县|市|区|旗|州)$/;
/** A signature line: an issuing body, optionally followed by a date. */
const SIGNATURE = /(?:^|\n)\s*([^\n，。；:：]{2,40}?(?:人民政府(?:办公室|办公厅)?|管理委员会|管委会|[局委办厅署院])) ?\s*(?:\n\s*)?[（(]?\s*20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;

function clean(title: string): string {
  // Crawled PDF text starts with a 正文 marker; markdown titles with #; a note printed on the line
  // before the title joins it in front, whole (（此件公开发布）) or from its comma (仅供测试）).
  return title
    .replace(/^#+\s*/, '')
    .replace(/^正文\s*/, '')
    .replace(/^[（(]?[^（()）]{0,20}[）)]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function issuerFromTitle(title: string): string | null {
  const compact = normaliseLabel(title);
  const year = YEAR_IN_TITLE.exec(compact);
  if (!year) return null;
  let before = compact.slice(0, year.index).replace(ISSUER_TAIL, '').replace(ISSUER_LEAD, '');
  if (before.length < 2) {
    // 2024年度市科委政府信息公开工作年度报告: the issuer follows the year.
    const after = compact.slice(year.index + year[0].length).replace(/^度/, '');
    before = after.split(/政府信息公开|信息公开/)[0] ?? '';
  }
  before = before.replace(ISSUER_TAIL, '');
  return before.length >= 2 && before.length <= 40 ? before : null;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The first lines of the prose joined without line breaks (titles wrap) and without the spaces
 * of letter-spaced titles (`年 度 报 告`: a space between two CJK characters), and a way back to
 * prose offsets.
 */
function headOf(prose: Prose): { text: string; offset(index: number): number } {
  const head = prose.text.slice(0, 4000);
  /** Prose offsets of the characters kept. */
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < head.length; i++) {
    const ch = head[i] ?? '';
    if (ch === '\n') continue;
    if (/\s/.test(ch) && CJK.test(text.at(-1) ?? '')) {
      let next = i + 1;
      while (next < head.length && /\s/.test(head[next] ?? '')) next++;
      if (CJK.test(head[next] ?? '')) continue;
    }
    kept.push(i);
    text += ch;
  }
  return { text, offset: (index) => kept[index] ?? head.length };
}

/** The report's title, year and issuing body, from the title or, failing that, the signature. */
export function readIdentity(prose: Prose): ReportIdentity {
  const crawler = CRAWLER_TITLE.exec(prose.text.slice(0, 2000));
  let title: string | null = null;
  let titleLocation: SourceLocation | null = null;
  if (crawler?.[1]) {
    title = clean(crawler[1]);
    titleLocation = prose.locate(crawler.index + crawler[0].indexOf(crawler[1]), crawler[1].length);
  } else {
    const head = headOf(prose);
    const match = TITLE.exec(head.text);
    if (match) {
      title = clean(match[0]);
      const start = head.offset(match.index);
      titleLocation = prose.locate(start, head.offset(match.index + match[0].length - 1) - start + 1);
    }
  }

  const yearText = (title ? YEAR_IN_TITLE.exec(normaliseLabel(title))?.[1] : undefined) ?? STATISTICS_PERIOD.exec(prose.text.replaceAll('\n', ''))?.[1];
  const year = yearText ? Number(yearText) : null;

  let issuer = title ? issuerFromTitle(title) : null;
  let issuerLocation = issuer ? titleLocation : null;
  if (!issuer || !ISSUER_SUFFIX.test(issuer)) {
    const signatures = [...prose.text.matchAll(SIGNATURE)];
    const last = signatures[signatures.length - 1];
    const name = last?.[1]?.trim();
    if (last && name) {
      issuer = normaliseLabel(name);
      issuerLocation = prose.locate(last.index + last[0].indexOf(name), name.length);
    }
  }
  return { title, titleLocation, year, issuer, issuerLocation };
}
