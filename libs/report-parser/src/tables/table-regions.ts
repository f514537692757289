import type { TextIndex } from './text-index.js';

/** Token ranges [start, end) of the three statistical tables. */
export interface TableRegions {
  readonly proactive: readonly [number, number] | null;
  /** Normalised text of 表二 from its anchor on (its headers tell the template). */
  readonly proactiveText: string;
  readonly requests: readonly [number, number] | null;
  readonly reviewLitigation: readonly [number, number] | null;
}

const REQUESTS_START = /本年新收/;
/** What follows 本年新收 in the table (and rarely in prose): the next rows' labels. */
const REQUESTS_FOLLOW = /上年结转[\s\S]*予以公开/;
const PROACTIVE_START_EXACT = /第二十条第\(?[一1]\)?项/;
const PROACTIVE_START = /第二十条|信息内容/;
const REVIEW_START = /行政复议/;
/** Headings after table 四: the sections 五 and 六, or the 2025 信息处理费 table. */
export const AFTER_REVIEW = /^(?:[五六七]、|\([五六]\))|存在的主要问题|其他需要报告|改进情况|信息处理费/;

/**
 * Finds the tables by their anchors: 表三 starts at the 本年新收 row that the table's
 * next rows follow, 表二 at 第二十条第（一）项 before it, 表四 at the first 行政复议 after it.
 */
export function findRegions(index: TextIndex, tokenCount: number): TableRegions {
  const requestStarts = index.matches(REQUESTS_START);
  const requestStart = (requestStarts.find((m) => REQUESTS_FOLLOW.test(m.text)) ?? requestStarts[0])?.token ?? null;
  const proactiveEnd = requestStart ?? tokenCount;
  const exact = index.matches(PROACTIVE_START_EXACT, 0, proactiveEnd);
  const anchor = exact[exact.length - 1] ?? index.matches(PROACTIVE_START, 0, proactiveEnd)[0] ?? null;
  const proactiveStart = anchor?.token ?? null;
  const reviewStart = index.first(REVIEW_START, requestStart ?? 0);
  return {
    proactive: proactiveStart === null ? null : [proactiveStart, proactiveEnd],
    proactiveText: anchor ? index.textFrom(anchor.offset, proactiveEnd) : '',
    requests: requestStart === null ? null : [requestStart, reviewStart ?? tokenCount],
    reviewLitigation: reviewStart === null || requestStart === null ? null : [reviewStart, tokenCount],
  };
}
