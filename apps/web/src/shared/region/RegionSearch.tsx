import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { SearchRegionsDocument } from '../api/regions';
import type { RegionLevel } from '../../generated/graphql';
import { useT } from '../i18n';
import { useDebounced } from './useDebounced';

export interface RegionSearchProps {
  readonly label: string;
  readonly placeholder?: string;
  readonly onPick: (region: { code: string; name: string; level: RegionLevel; path: string }) => void;
  /** Only these levels are offered (e.g. counties for the benchmark). */
  readonly levels?: readonly RegionLevel[];
  readonly testId?: string;
}

/** Type part of a name (桓仁, 本溪), pick from the ranked matches with mouse or arrow keys + Enter. */
export function RegionSearch({ label, placeholder, onPick, levels, testId }: RegionSearchProps) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebounced(query.trim(), 200);
  const result = useQuery(SearchRegionsDocument, debounced ? { variables: { query: debounced, limit: 12 } } : skipToken);
  const matches = (result.data?.searchRegions ?? []).filter((r) => !levels || levels.includes(r.level));
  const open = query.trim() !== '' && debounced === query.trim();

  const pick = (index: number) => {
    const region = matches[index];
    if (!region) return;
    onPick(region);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <div className="field region-search">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="input"
        value={query}
        placeholder={placeholder ?? t('region.searchPlaceholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        data-testid={testId}
      />
      {open && (
        <ul className="search-results" id={`${id}-list`} role="listbox" aria-label={label}>
          {result.error && <li className="search-results__empty">{t('state.error.detail', { message: result.error.message })}</li>}
          {!result.error && matches.length === 0 && !result.loading && <li className="search-results__empty">{t('region.noMatch')}</li>}
          {matches.map((region, i) => (
            <li
              key={region.code}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search-results__item search-results__item--active' : 'search-results__item'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(i)}
              data-code={region.code}
            >
              <span className="search-results__name">{region.name}</span>
              <span className="search-results__path">{region.path}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
