import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../shared/i18n';
import { useDebounced } from '../../shared/region';
import { IssuerSearchDocument } from './selection.queries';

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
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<ReadonlyMap<number, string>>(new Map());
  const debounced = useDebounced(query.trim(), 200);
  const result = useQuery(IssuerSearchDocument, debounced ? { variables: { search: debounced } } : skipToken);

  const options: { id: number; name: string; region: string | null; kind: string }[] = [];
  for (const edge of result.data?.reports.edges ?? []) {
    const node = edge.node;
    if (!options.some((o) => o.id === node.issuerId)) {
      options.push({ id: node.issuerId, name: node.issuerName, region: node.regionName ?? null, kind: node.issuer.kind });
    }
  }
  const open = query.trim() !== '' && debounced === query.trim();
  const full = selected.length >= max;

  const add = (index: number) => {
    const option = options[index];
    if (!option || full) return;
    if (!selected.includes(option.id)) {
      setPicked(new Map(picked).set(option.id, option.name));
      onChange([...selected, option.id]);
    }
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      add(active);
    } else if (event.key === 'Escape') setQuery('');
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
      <div className="field region-search">
        <label className="field__label" htmlFor={id}>
          {t('issuers.add')}
        </label>
        <input
          id={id}
          type="search"
          className="input"
          value={query}
          disabled={full}
          placeholder={full ? t('issuers.full', { max }) : t('issuers.placeholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={open && options.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          data-testid="issuer-search"
        />
        {open && (
          <ul className="search-results" id={`${id}-list`} role="listbox" aria-label={t('issuers.add')}>
            {result.error && <li className="search-results__empty">{t('state.error.detail', { message: result.error.message })}</li>}
            {!result.error && options.length === 0 && !result.loading && <li className="search-results__empty">{t('issuers.noMatch')}</li>}
            {options.map((o, i) => (
              <li
                key={o.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'search-results__item search-results__item--active' : 'search-results__item'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(i)}
                data-issuer={o.id}
              >
                <span className="search-results__name">{o.name}</span>
                <span className="search-results__path">
                  {[o.region, t(o.kind === 'government' ? 'issuers.kind.government' : 'issuers.kind.department')].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
