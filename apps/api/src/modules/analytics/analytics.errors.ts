import { GraphQLError } from 'graphql';

/** A request the analytics cannot answer as asked; the code tells the client which rule it broke. */
export class AnalyticsInputError extends GraphQLError {
  constructor(code: 'ROLLUP_LEVEL' | 'BENCHMARK_SUBJECT' | 'TOO_MANY_YEARS', message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** At most this many years per roll-up or coverage matrix (a bound on the answer's size). */
export const MAX_YEARS = 30;

export function checkYears(years: readonly number[] | null | undefined): void {
  if (years && years.length > MAX_YEARS) {
    throw new AnalyticsInputError('TOO_MANY_YEARS', `At most ${MAX_YEARS} years at once (got ${years.length})`);
  }
}
