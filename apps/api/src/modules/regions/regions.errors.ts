import { GraphQLError } from 'graphql';

/** A region code that is not in the GB/T 2260 list. */
export class UnknownRegionError extends GraphQLError {
  constructor(readonly code: string) {
    super(`Unknown region "${code}": expected a six-digit GB/T 2260 code, e.g. 210522`, {
      extensions: { code: 'UNKNOWN_REGION', regionCode: code },
    });
  }
}
