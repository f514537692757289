/** Typed documents generated from the .graphql file beside this one. */
export { FindingCountsDocument, FindingsPageDocument, CoverageDocument } from '../../generated/graphql';
/**
 * Rule ids of the consistency checks (the API has no rule catalogue query: labels come from the
 * findings themselves). A rule the API adds later still shows in the list, just not in the counts.
 */
export const RULE_IDS = [
  'requests.balance',
  'requests.outcomes',
  'requests.columns',
  'review.sum',
  'litigation.sum',
  'values.range',
  'narrative.totals',
  'parse.ambiguousSplit',
  'parse.unreadCells',
  'crossYear.carryOver',
  'crossYear.stock',
  'duplicate.tables',
  'outlier.yoy',
] as const;

