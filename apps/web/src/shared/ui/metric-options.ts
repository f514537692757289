import { metricLabel, type CatalogueMetric } from '../api';
import type { Lang, MessageKey, Translate } from '../i18n';
import type { Option } from './Controls';

const GROUP_KEYS: Readonly<Record<string, MessageKey>> = {
  requests: 'group.requests',
  outcomes: 'group.outcomes',
  enforcement: 'group.enforcement',
  documents: 'group.documents',
  fees: 'group.fees',
  review: 'group.review',
  rates: 'group.rates',
};

/** The name of a catalogue group (UI text); an unknown group shows its key. */
export function groupName(group: string, t: Translate): string {
  const key = GROUP_KEYS[group];
  return key ? t(key) : group;
}

/** Catalogue metrics as select options, grouped by catalogue group, labels from the API. */
export function metricOptions(metrics: readonly CatalogueMetric[], lang: Lang, t: Translate): Option<string>[] {
  return metrics.map((m) => ({ value: m.key, label: metricLabel(m, lang), group: groupName(m.group, t) }));
}
