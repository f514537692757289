/** Typed documents generated from the .graphql file beside this one. */
export { LatestFindingsDocument } from '../../generated/graphql';
