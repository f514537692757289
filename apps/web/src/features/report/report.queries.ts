/** Typed documents generated from the .graphql file beside this one. */
export { ReportHeaderDocument, RevisionDetailDocument } from '../../generated/graphql';
