/** Typed documents generated from the .graphql file beside this one. */
export { SelectionRollupDocument, SelectionCompareDocument, ReportYearsDocument, IssuerSearchDocument } from '../../generated/graphql';
