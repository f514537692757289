/** Typed documents generated from the .graphql file beside this one. */
export { FindingCountsDocument, FindingsPageDocument, CoverageDocument } from '../../generated/graphql';
