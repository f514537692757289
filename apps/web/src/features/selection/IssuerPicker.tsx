import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { SearchCombobox } from '../../shared/ui/SearchCombobox';
import { IssuerSearchDocument } from './selection.queries';

interface FoundIssuer {
  readonly id: number;
  readonly name: string;
  readonly region: string | null;
  readonly kind: string;
}

export interface IssuerPickerProps {
  readonly selected: readonly number[];
  /** Names of selected issuers already known (from the values on screen). */
  readonly names: ReadonlyMap<number, string>;
  readonly onChange: (issuerIds: number[]) => void;
  readonly max?: number;
}

/** Issuers picked one by one: chips to remove them, a search over issuer names to add more. */
export function IssuerPicker({ selected, names, onChange, max = 30 }: IssuerPickerProps) {
  const t = useT();
  const [picked, setPicked] = useState<ReadonlyMap<number, string>>(new Map());
  const full = selected.length >= max;
  // Issuers of the reports whose issuer name matches, each once.
  const useResults = (search: string) => {
    const result = useQuery(IssuerSearchDocument, search ? { variables: { search } } : skipToken);
    const items: FoundIssuer[] = [];
    for (const { node } of result.data?.reports.edges ?? []) {
      if (!items.some((o) => o.id === node.issuerId)) items.push({ id: node.issuerId, name: node.issuerName, region: node.regionName ?? null, kind: node.issuer.kind });
    }
    return { items, loading: result.loading, ...(result.error ? { error: result.error } : {}) };
  };
  const add = (issuer: FoundIssuer) => {
    if (selected.includes(issuer.id)) return;
    setPicked(new Map(picked).set(issuer.id, issuer.name));
    onChange([...selected, issuer.id]);
  };

  const nameOf = (issuerId: number) => names.get(issuerId) ?? picked.get(issuerId) ?? t('issuers.unknown', { id: issuerId });

  return (
    <div className="issuer-picker">
      <div className="field">
        <span className="field__label">{t('issuers.selected', { count: selected.length })}</span>
        {selected.length === 0 ? (
          <p className="hint">{t('issuers.none')}</p>
        ) : (
          <ul className="chips" data-testid="issuer-chips">
            {selected.map((issuerId) => (
              <li key={issuerId} className="chip" data-issuer={issuerId}>
                {nameOf(issuerId)}
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('issuers.remove', { name: nameOf(issuerId) })}
                  onClick={() => onChange(selected.filter((s) => s !== issuerId))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <SearchCombobox
        label={t('issuers.add')}
        placeholder={full ? t('issuers.full', { max }) : t('issuers.placeholder')}
        noMatch={t('issuers.noMatch')}
        useResults={useResults}
        option={(o) => ({
          key: o.id,
          name: o.name,
          detail: [o.region, t(o.kind === 'government' ? 'issuers.kind.government' : 'issuers.kind.department')].filter(Boolean).join(' · '),
          data: { 'data-issuer': o.id },
        })}
        onPick={add}
        disabled={full}
        testId="issuer-search"
      />
    </div>
  );
}
