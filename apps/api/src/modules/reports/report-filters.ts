import { RULES_BY_ID, type RuleId } from '@dlens/domain';
import { regionPrefix } from '../analytics/metric-sql.js';
import { ReportsErrorCode, reportsInputError } from './reports.errors.js';

/** The GB/T 2260 code prefix of a region's subtree (`210000` → `21`), after checking the code. */
export function regionCodePrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) {
    throw reportsInputError(ReportsErrorCode.InvalidRegionCode, 'regionCode', `regionCode must be six GB/T 2260 digits such as 210522 (got "${code}")`);
  }
  return regionPrefix(code);
}

/** Checks a rule id against the domain's rules. */
export function knownRule(rule: string): RuleId {
  if (!(rule in RULES_BY_ID)) {
    throw reportsInputError(
      ReportsErrorCode.UnknownRule,
      'rule',
      `Unknown rule "${rule}"; the rules are ${Object.keys(RULES_BY_ID).join(', ')}`,
    );
  }
  return rule as RuleId;
}
