import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { SignInForm, useMe } from '../../shared/auth';
import { useId, useRef, useState, type DragEvent } from 'react';
import { formatBytes, formatDateTime, useFormat } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { Link, buildHref, useLocation } from '../../shared/router';
import { Page, Panel, QueryStatus, StatusMessage } from '../../shared/ui';
import { AssignDone, AssignForm, statusKey, type Assignment } from './AssignForm';
import type { PendingReportsQuery } from '../../generated/graphql';
import { ACCEPTED, uploadReports, type UploadedFile } from './upload-client';
import { PendingReportsDocument } from './upload.queries';

/**
 * Upload: drop many report files (or choose them with the keyboard), send them as one multipart
 * request per 50 files, then show what happened to each, with the assignment form for the ones
 * whose issuer could not be attributed.
 */
export function UploadPage() {
  const t = useT();
  const f = useFormat();
  const location = useLocation();
  const client = useApolloClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<UploadedFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { me, loading: meLoading } = useMe();
  const isAdmin = me?.role === 'admin';
  const pending = useQuery(PendingReportsDocument, isAdmin ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const [assigned, setAssigned] = useState<{ pending: PendingReportsQuery['pendingReports'][number]; result: Assignment }[]>([]);
  const onAssigned = (p: PendingReportsQuery['pendingReports'][number], result: Assignment) => setAssigned((list) => [...list, { pending: p, result }]);
  const waiting = (pending.data?.pendingReports ?? []).filter((p) => !assigned.some((a) => a.pending.id === p.id));

  const add = (list: FileList | null) => {
    if (!list) return;
    const next = [...files];
    for (const file of Array.from(list)) if (!next.some((x) => x.name === file.name && x.size === file.size)) next.push(file);
    setFiles(next);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  const send = async () => {
    if (!files.length) return;
    setBusy(true);
    setError(null);
    try {
      const uploaded = await uploadReports(files);
      setResults(uploaded);
      setFiles([]);
      if (inputRef.current) inputRef.current.value = '';
      // Every view may now show other figures: drop the cached answers and refetch what is on screen.
      await client.resetStore().catch(() => undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('upload.title')} lead={t('upload.lead')}>

      {!isAdmin && (
        <Panel title={t('upload.adminOnly')}>
          {meLoading ? (
            <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>
          ) : me ? (
            <StatusMessage kind="empty" title={t('upload.notAdmin', { name: me.username })} />
          ) : (
            <>
              <p className="hint sign-in__hint">{t('upload.signInHint')}</p>
              <SignInForm />
            </>
          )}
        </Panel>
      )}

      {isAdmin && (
        <Panel title={t('upload.choose')}>
          <div
            className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="dropzone"
          >
            <p className="dropzone__title">{t('upload.dropHere')}</p>
            <p className="hint">{t('upload.formats')}</p>
            <input ref={inputRef} id={inputId} type="file" multiple accept={ACCEPTED} className="visually-hidden file-input" onChange={(e) => add(e.target.files)} data-testid="file-input" />
            <label htmlFor={inputId} className="button button--ghost file-label">
              {t('upload.browse')}
            </label>
          </div>
          {files.length > 0 && (
            <>
              <ul className="file-list" aria-label={t('upload.queue', { count: files.length })}>
                {files.map((file) => (
                  <li key={`${file.name}-${file.size}`}>
                    <span className="break">{file.name}</span>
                    <span className="hint">{formatBytes(file.size, f.lang)}</span>
                    <button type="button" className="chip__remove" aria-label={t('issuers.remove', { name: file.name })} onClick={() => setFiles(files.filter((x) => x !== file))}>
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <div className="upload-actions">
                <button type="button" className="button" onClick={() => void send()} disabled={busy} data-testid="upload-submit">
                  {busy ? t('upload.sending', { count: files.length }) : t('upload.send', { count: files.length })}
                </button>
                <button type="button" className="button button--ghost" onClick={() => setFiles([])} disabled={busy}>
                  {t('upload.clear')}
                </button>
              </div>
            </>
          )}
          {busy && <StatusMessage kind="loading">{t('upload.sendingLong')}</StatusMessage>}
          {error && (
            <StatusMessage kind="error" title={t('upload.failedTitle')}>
              <p className="status__detail">{t('state.error.detail', { message: error })}</p>
            </StatusMessage>
          )}
        </Panel>
      )}

      {results && (
        <Panel title={t('upload.results', { count: results.length })}>
          <div className="table-wrap">
            <table className="data-table" data-testid="upload-results">
              <caption className="visually-hidden">{t('upload.results', { count: results.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('upload.file')}</th>
                  <th scope="col">{t('upload.status')}</th>
                  <th scope="col">{t('upload.details')}</th>
                </tr>
              </thead>
              <tbody>
                {results.map((r, i) => (
                  <tr key={`${r.fileName}-${i}`} data-status={r.status} data-file={r.fileName}>
                    <th scope="row" className="break">
                      {r.fileName}
                    </th>
                    <td>
                      <span className={`badge badge--status-${r.status}`}>{statusKey(r.status) === 'upload.status.other' ? r.status : t(statusKey(r.status))}</span>
                    </td>
                    <td>
                      {r.reportId && (
                        <Link href={buildHref(`/reports/${r.reportId}`, {}, location.search)} data-testid="result-report">
                          {t('upload.openReportNo', { id: r.reportId, no: r.revisionNo ?? 1 })}
                        </Link>
                      )}
                      {r.status === 'needsAssignment' && r.pendingId && <a href={`#pending-${r.pendingId}`}>{t('upload.toAssign')}</a>}
                      {r.reason && <p className="hint" lang="en">{r.reason}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
      )}

      {isAdmin && (
        <Panel title={t('upload.pending', { count: waiting.length })} subtitle={t('upload.pendingHint')}>
          {assigned.length > 0 && (
            <ul className="pending-list">
              {assigned.map(({ pending: p, result }) => (
                <li key={p.id} className="pending-item pending-item--done">
                  <p className="pending-item__title">
                    <strong className="break">{p.fileName}</strong> · {t('year.label', { year: p.year })}
                  </p>
                  <AssignDone result={result} />
                </li>
              ))}
            </ul>
          )}
          <QueryStatus
            loading={pending.loading && !pending.data}
            error={pending.error}
            retry={() => void pending.refetch().catch(() => undefined)}
            empty={waiting.length === 0}
            emptyTitle={t('upload.noPending')}
          >
            <ul className="pending-list">
              {waiting.map((p) => (
                <li key={p.id} id={`pending-${p.id}`} className="pending-item" data-testid={`pending-${p.id}`}>
                  <p className="pending-item__title">
                    <strong className="break">{p.fileName}</strong> · {t('year.label', { year: p.year })}
                  </p>
                  <p className="hint">
                    {t('upload.printedAs', { name: p.printedIssuer ?? '—' })} · {formatDateTime(p.createdAt, f.lang)}
                  </p>
                  <p className="hint" lang="en">
                    {p.reason}
                  </p>
                  <AssignForm pending={p} onAssigned={onAssigned} />
                </li>
              ))}
            </ul>
          </QueryStatus>
        </Panel>
      )}
    </Page>
  );
}
