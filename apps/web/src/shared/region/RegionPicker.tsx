import { useScope } from '../api/regions';
import type { RegionLevel } from '../../generated/graphql';
import { useT } from '../i18n';
import { RegionSearch } from './RegionSearch';

export interface RegionPickerProps {
  /** A GB/T 2260 code; null for the whole country. */
  readonly value: string | null;
  readonly onChange: (code: string | null) => void;
  /** Whether the whole country is a valid choice. */
  readonly allowNation?: boolean;
  /** Deepest level offered in the child list (e.g. prefecture for the overview). */
  readonly maxLevel?: RegionLevel;
  readonly label?: string;
  readonly testId?: string;
}

const DEPTH: Readonly<Record<RegionLevel, number>> = { province: 0, prefecture: 1, county: 2 };

/** The scope as a breadcrumb (click to go up), a list of its children (to go down) and a search. */
export function RegionPicker({ value, onChange, allowNation = true, maxLevel = 'county', label, testId }: RegionPickerProps) {
  const t = useT();
  const { scope, loading } = useScope(value);
  const children = (scope?.children ?? []).filter((c) => DEPTH[c.level] <= DEPTH[maxLevel]);
  const levels = (Object.keys(DEPTH) as RegionLevel[]).filter((l) => DEPTH[l] <= DEPTH[maxLevel]);

  return (
    <div className="region-picker" data-testid={testId}>
      <div className="field">
        <span className="field__label">{label ?? t('region.scope')}</span>
        <nav aria-label={t('region.breadcrumb')}>
          <ol className="crumbs">
            {allowNation && (
              <li>
                {value === null ? (
                  <span aria-current="location" className="crumbs__current">
                    {t('region.nation')}
                  </span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onChange(null)}>
                    {t('region.nation')}
                  </button>
                )}
              </li>
            )}
            {scope?.ancestors.map((a) => (
              <li key={a.code}>
                <button type="button" className="link-button" onClick={() => onChange(a.code)}>
                  {a.name}
                </button>
              </li>
            ))}
            {scope?.region && (
              <li>
                <span aria-current="location" className="crumbs__current" data-code={scope.region.code}>
                  {scope.region.name}
                </span>
              </li>
            )}
            {loading && value !== null && <li className="crumbs__loading">…</li>}
            {!allowNation && value === null && <li className="crumbs__current">{t('region.none')}</li>}
          </ol>
        </nav>
      </div>
      {children.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor={`${testId ?? 'region'}-children`}>
            {t('region.children')}
          </label>
          <select
            id={`${testId ?? 'region'}-children`}
            className="select"
            value=""
            onChange={(e) => e.target.value && onChange(e.target.value)}
            data-testid={testId ? `${testId}-children` : undefined}
          >
            <option value="">{t('region.choose', { count: children.length })}</option>
            {children.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <RegionSearch label={t('region.search')} onPick={(r) => onChange(r.code)} levels={levels} testId={testId ? `${testId}-search` : undefined} />
    </div>
  );
}
