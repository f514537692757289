import { METRICS_BY_KEY, type NarrativeFigure } from '@dlens/domain';
import { DIGITS, digitsValue } from '../tables/tokens.js';
import type { Prose } from './prose.js';

/** A number of requests: `12` or `1,024` (captured). */
const COUNT = `(${DIGITS})`;
/** The pattern with its `#` standing for the captured count. */
const counted = (pattern: RegExp) => new RegExp(pattern.source.replace('#', COUNT), 'g');

/**
 * Figures the prose states about requests, as (metric, pattern). Each pattern captures the
 * number (`1,024` with its commas); counts of information items (依申请公开274条) are not
 * requests and are not matched.
 */
const PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['requestsReceived', counted(/(?:收到|受理|新收|接收|接到)[^。；;，,\n]{0,20}?申请(?:数量)?(?:共|合计|总计|为)?\s*#\s*(?:件|份|个|宗)/)],
  ['requestsCarriedOver', counted(/上年(?:度)?结转[^。；;，,\n]{0,12}?申请\s*#\s*(?:件|份|个)/)],
  ['requestsCarriedForward', counted(/结转(?:至)?下(?:一)?年(?:度)?(?:继续)?(?:办理)?(?:答复)?(?:的)?(?:有)?\s*#\s*(?:件|份|个)/)],
  ['outcomeGranted', counted(/(?:予以公开|同意公开)[^，。；,;\d]{0,6}?#\s*件/)],
  ['outcomePartiallyGranted', counted(/(?:部分公开|区分处理后公开)[^，。；,;\d]{0,6}?#\s*件/)],
  ['outcomeDenied', counted(/不予公开[^，。；,;\d]{0,6}?#\s*件/)],
  ['outcomeUnavailable', counted(/无法提供[^，。；,;\d]{0,8}?#\s*件/)],
  ['outcomeRejected', counted(/不予处理[^，。；,;\d]{0,6}?#\s*件/)],
  ['outcomeOther', counted(/其他处理[^，。；,;\d]{0,6}?#\s*件/)],
];

/** Figures stated in the prose, the first statement of each metric. */
export function readNarrative(prose: Prose): NarrativeFigure[] {
  const figures: NarrativeFigure[] = [];
  for (const [metric, pattern] of PATTERNS) {
    const match = pattern.exec(prose.text) ?? null;
    pattern.lastIndex = 0;
    const digits = match?.[1];
    const def = METRICS_BY_KEY[metric];
    if (!match || !digits || !def) continue;
    const location = prose.locate(match.index, match[0].length);
    if (!location) continue;
    figures.push({ metric, keys: def.numerator, value: digitsValue(digits), raw: match[0], location });
  }
  return figures;
}
