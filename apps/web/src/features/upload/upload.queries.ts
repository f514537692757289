/** Typed documents generated from the .graphql file beside this one. */
export { UploadReportsDocument, PendingReportsDocument, AssignPendingDocument } from '../../generated/graphql';
