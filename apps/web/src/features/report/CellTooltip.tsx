import { useT } from '../../shared/i18n';
import type { Finding, ReportValue } from './report-layout';

export interface TipState {
  readonly value: ReportValue | null;
  /** Set for a template cell that was not read. */
  readonly unreadKey?: string;
  readonly findings: readonly Finding[];
  readonly rect: { readonly left: number; readonly top: number; readonly bottom: number; readonly width: number };
}

export const TOOLTIP_ID = 'cell-provenance';

/** Where a figure was read: the row label as printed, the raw text, and its place in the file. */
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const WORD_97 = 'application/msword';

export function CellTooltip({ tip, ruleLabel, mediaType }: { readonly tip: TipState; readonly ruleLabel: (f: Finding) => string; readonly mediaType: string }) {
  const t = useT();
  const { value } = tip;
  const location = value?.provenance.location;
  let where = '';
  // A .docx is read as HTML (its tables), a .doc as text (its paragraphs and table rows, one a line).
  if (location?.__typename === 'TextLocation') where = t(mediaType === WORD_97 ? 'report.loc.doc' : 'report.loc.text', { line: location.line, start: location.start, end: location.end });
  else if (location?.__typename === 'HtmlLocation') where = t(mediaType === WORD ? 'report.loc.docx' : 'report.loc.html', { table: location.table + 1, row: location.row + 1, column: location.column + 1 });
  else if (location?.__typename === 'PdfLocation') where = t('report.loc.pdf', { page: location.page, box: location.box.map((n) => n.toFixed(1)).join(', ') });

  const above = tip.rect.top > 220;
  const style = {
    left: Math.max(8, Math.min(tip.rect.left + tip.rect.width / 2 - 160, window.innerWidth - 328)),
    top: above ? undefined : tip.rect.bottom + 8,
    bottom: above ? window.innerHeight - tip.rect.top + 8 : undefined,
  };
  return (
    <div id={TOOLTIP_ID} role="tooltip" className="cell-tip" style={style}>
      {value ? (
        <dl>
          <dt>{t('report.tip.row')}</dt>
          <dd>{value.provenance.row || '—'}</dd>
          <dt>{t('report.tip.column')}</dt>
          <dd>{value.provenance.column || '—'}</dd>
          <dt>{t('report.tip.raw')}</dt>
          <dd>
            <code>{value.raw === '' ? t('report.tip.emptyRaw') : value.raw}</code>
            {value.value === null && <span className="cell-tip__note"> · {t('report.blank')}</span>}
          </dd>
          <dt>{t('report.tip.location')}</dt>
          <dd>{where || '—'}</dd>
          <dt>{t('report.tip.key')}</dt>
          <dd>
            <code>{value.key}</code>
          </dd>
          {value.inferred && (
            <>
              <dt>{t('report.tip.inferred')}</dt>
              <dd>{t('report.inferredExplained')}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>
          {t('report.unread')} <code>{tip.unreadKey}</code>
        </p>
      )}
      {tip.findings.length > 0 && (
        <ul className="cell-tip__findings">
          {tip.findings.map((f) => (
            <li key={f.id}>
              <strong>{ruleLabel(f)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
