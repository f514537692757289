import { GraphQLError } from 'graphql';

/** Error codes of the reports module, sent to clients as `extensions.code`. */
export const ReportsErrorCode = {
  /** `first` below 0 or above the page limit. */
  InvalidPageSize: 'INVALID_PAGE_SIZE',
  /** An `after` cursor that this list did not hand out. */
  InvalidCursor: 'INVALID_CURSOR',
  /** A region code that is not six GB/T 2260 digits. */
  InvalidRegionCode: 'INVALID_REGION_CODE',
  /** A rule id that is not in the domain's rule list. */
  UnknownRule: 'UNKNOWN_RULE',
} as const;

export type ReportsErrorCode = (typeof ReportsErrorCode)[keyof typeof ReportsErrorCode];

/** A bad argument: goes to the client as is (see GraphQLErrorFilter), with the argument named. */
export function reportsInputError(code: ReportsErrorCode, argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, argument } });
}
