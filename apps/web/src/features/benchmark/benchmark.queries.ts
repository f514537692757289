/** Typed documents generated from the .graphql file beside this one. */
export { BenchmarkAllDocument, SubjectReportsDocument } from '../../generated/graphql';
