import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { IssuerKind, PendingReportsQuery } from '../../generated/graphql';
import { useT } from '../../shared/i18n';
import { RegionSearch } from '../../shared/region';
import { Link, buildHref, useLocation } from '../../shared/router';
import { AssignPendingDocument, PendingReportsDocument } from './upload.queries';

type Pending = PendingReportsQuery['pendingReports'][number];

/** Says whose a waiting report is: a region (a candidate or any region found by search) and a kind. */
export type Assignment = { readonly status: string; readonly reportId?: number | null; readonly revisionNo?: number | null };

export function AssignForm({ pending, onAssigned }: { readonly pending: Pending; readonly onAssigned: (pending: Pending, result: Assignment) => void }) {
  const t = useT();
  const id = useId();
  const [region, setRegion] = useState<{ code: string; path: string } | null>(null);
  const [kind, setKind] = useState<IssuerKind>(/(人民政府|管理委员会|管委会)(办公室)?$/.test(pending.printedIssuer ?? '') ? 'government' : 'department');
  const [name, setName] = useState(pending.printedIssuer ?? '');
  const [assign, result] = useMutation(AssignPendingDocument, { refetchQueries: [PendingReportsDocument] });

  const candidates = pending.candidates.slice(0, 8);
  return (
    <form
      className="assign-form"
      data-pending={pending.id}
      onSubmit={(e) => {
        e.preventDefault();
        if (!region) return;
        void assign({ variables: { pendingId: pending.id, to: { regionCode: region.code, kind, issuerName: name.trim() || null } } })
          .then((r) => r.data && onAssigned(pending, r.data.assignPendingReport))
          .catch(() => undefined);
      }}
    >
      {candidates.length > 0 && (
        <fieldset className="assign-form__candidates">
          <legend>{t('upload.candidates', { count: pending.candidates.length })}</legend>
          {candidates.map((c) => (
            <label key={c.regionCode} className="check">
              <input type="radio" name={`${id}-region`} checked={region?.code === c.regionCode} onChange={() => setRegion({ code: c.regionCode, path: c.path })} />
              {c.path}
            </label>
          ))}
        </fieldset>
      )}
      <RegionSearch label={t('upload.otherRegion')} onPick={(r) => setRegion({ code: r.code, path: r.path })} testId={`assign-search-${pending.id}`} />
      <p className="assign-form__chosen" aria-live="polite">
        {region ? t('upload.chosen', { path: region.path }) : t('upload.chooseRegion')}
      </p>
      <div className="controls-row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('upload.kind')}
          </label>
          <select id={`${id}-kind`} className="select" value={kind} onChange={(e) => setKind(e.target.value as IssuerKind)}>
            <option value="government">{t('issuers.kind.government')}</option>
            <option value="department">{t('issuers.kind.department')}</option>
          </select>
        </div>
        <div className="field field--grow">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('upload.issuerName')}
          </label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
      </div>
      {result.error && (
        <p className="form-error" role="alert">
          {t('state.error.detail', { message: result.error.message })}
        </p>
      )}
      <button type="submit" className="button" disabled={!region || result.loading} data-testid="assign-submit">
        {result.loading ? t('upload.assigning') : t('upload.assign')}
      </button>
    </form>
  );
}

/** The outcome of an assignment, with a link to the stored report. */
export function AssignDone({ result }: { readonly result: Assignment }) {
  const t = useT();
  const location = useLocation();
  return (
    <p className="assign-done" role="status" data-testid="assign-done">
      {t('upload.assigned', { status: t(statusKey(result.status)) })}{' '}
      {result.reportId && <Link href={buildHref(`/reports/${result.reportId}`, {}, location.search)}>{t('upload.openReport')}</Link>}
    </p>
  );
}

export function statusKey(status: string) {
  switch (status) {
    case 'stored':
      return 'upload.status.stored' as const;
    case 'revised':
      return 'upload.status.revised' as const;
    case 'unchanged':
      return 'upload.status.unchanged' as const;
    case 'needsAssignment':
      return 'upload.status.needsAssignment' as const;
    case 'failed':
      return 'upload.status.failed' as const;
    default:
      return 'upload.status.other' as const;
  }
}
