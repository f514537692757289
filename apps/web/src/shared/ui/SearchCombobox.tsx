import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { useDebounced } from './useDebounced';

/** How one result is shown. */
export interface ComboboxOption {
  readonly key: string | number;
  readonly name: string;
  readonly detail: string;
  /** data-* attributes of the option, by which tests find it (e.g. `{ 'data-code': '210522' }`). */
  readonly data: Readonly<Record<`data-${string}`, string | number>>;
}

/** The results for a query: a hook (it runs a GraphQL query), called with '' before anything is typed. */
export type UseSearchResults<T> = (query: string) => { readonly items: readonly T[]; readonly loading: boolean; readonly error?: { readonly message: string } };

export interface SearchComboboxProps<T> {
  readonly label: string;
  readonly placeholder: string;
  readonly noMatch: string;
  readonly useResults: UseSearchResults<T>;
  readonly option: (item: T) => ComboboxOption;
  readonly onPick: (item: T) => void;
  readonly disabled?: boolean;
  readonly testId?: string;
}

/**
 * A search box with a list of results: type part of a name, pick with the mouse or the arrow
 * keys and Enter, Escape clears (ARIA combobox pattern). The query is debounced by 200 ms.
 */
export function SearchCombobox<T>({ label, placeholder, noMatch, useResults, option, onPick, disabled, testId }: SearchComboboxProps<T>) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebounced(query.trim(), 200);
  const result = useResults(debounced);
  const items = result.items;
  const open = query.trim() !== '' && debounced === query.trim();

  const pick = (index: number) => {
    const item = items[index];
    if (item === undefined || disabled) return;
    onPick(item);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, items.length - 1));
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
        disabled={disabled}
        placeholder={placeholder}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={open && items.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] !== undefined ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        data-testid={testId}
      />
      {open && (
        <ul className="search-results" id={`${id}-list`} role="listbox" aria-label={label}>
          {result.error && <li className="search-results__empty">{t('state.error.detail', { message: result.error.message })}</li>}
          {!result.error && items.length === 0 && !result.loading && <li className="search-results__empty">{noMatch}</li>}
          {items.map((item, i) => {
            const shown = option(item);
            return (
              <li
                key={shown.key}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'search-results__item search-results__item--active' : 'search-results__item'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(i)}
                {...shown.data}
              >
                <span className="search-results__name">{shown.name}</span>
                <span className="search-results__path">{shown.detail}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
