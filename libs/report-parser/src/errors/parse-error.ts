import { PARSE_FAILURE_MESSAGES, type ParseFailureCode } from '@dlens/domain';

/** Thrown for input that cannot be parsed at all; `message` is one line naming the reason. */
export class ParseError extends Error {
  constructor(
    readonly code: ParseFailureCode,
    detail?: string,
  ) {
    super(detail ? `${PARSE_FAILURE_MESSAGES[code]} (${detail})` : PARSE_FAILURE_MESSAGES[code]);
    this.name = 'ParseError';
  }
}
