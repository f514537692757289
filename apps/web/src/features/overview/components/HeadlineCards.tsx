import { metricLabel, type Catalogue } from '../../../shared/api';
import { useFormat } from '../../../shared/format';
import { useT, useUnitName } from '../../../shared/i18n';
import { Link, buildHref, useLocation } from '../../../shared/router';
import { KpiCard } from '../../../shared/ui';
import { valueKey, type EntityValue } from '../../selection';
import { HEADLINE_KEYS } from '../overview-data';

export interface HeadlineCardsProps {
  readonly catalogue: Catalogue;
  readonly totals: ReadonlyMap<string, EntityValue>;
  readonly entityKey: string;
  readonly year: number;
  readonly scopeCode: string;
}

/**
 * The scope's headline totals for the year, each with the previous year's total and the
 * coverage it rests on (a total never hides missing counties).
 */
export function HeadlineCards({ catalogue, totals, entityKey, year, scopeCode }: HeadlineCardsProps) {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const location = useLocation();
  const coverageRow = totals.get(valueKey(entityKey, HEADLINE_KEYS[0], year)) ?? [...totals.values()].find((v) => v.year === year);

  return (
    <div className="kpis" data-testid="headline">
      <div className="kpi kpi--coverage" data-kpi="coverage">
        <p className="kpi__label">{t('overview.coverage.label')}</p>
        <p className="kpi__value">
          {coverageRow ? f.share(coverageRow.coverage) ?? '—' : '—'}
        </p>
        <div className="kpi__details">
          {coverageRow && (
            <p>{t('overview.coverage.detail', { present: f.count(coverageRow.reportsPresent) ?? '0', expected: f.count(coverageRow.countiesExpected) ?? '0' })}</p>
          )}
          <p>
            <Link href={buildHref('/quality', { scope: scopeCode, year }, location.search)}>{t('overview.coverage.link')}</Link>
          </p>
        </div>
      </div>
      {HEADLINE_KEYS.filter((k) => catalogue.byKey.has(k)).map((key) => {
        const metric = catalogue.byKey.get(key)!;
        const current = totals.get(valueKey(entityKey, key, year));
        const previous = totals.get(valueKey(entityKey, key, year - 1));
        const previousText = previous ? f.value(previous.value, metric.unit) : null;
        return (
          <KpiCard
            key={key}
            testId={key}
            label={metricLabel(metric, f.lang)}
            value={f.value(current?.value, metric.unit)}
            unit={metric.unit === 'percent' ? '%' : unitName(metric.unit)}
            missingText={t('table.missing')}
            details={
              <>
                <p>
                  {previousText !== null
                    ? t('overview.previousYear', { year: year - 1, value: `${previousText}${metric.unit === 'percent' ? '%' : ` ${unitName(metric.unit)}`}` })
                    : t('overview.noPreviousYear', { year: year - 1 })}
                </p>
                {current && current.reportsPresent !== null && current.coverage !== null && (
                  <p className="kpi__coverage">{t('overview.basedOn', { count: f.count(current.reportsPresent) ?? '0' })}</p>
                )}
              </>
            }
          />
        );
      })}
    </div>
  );
}
