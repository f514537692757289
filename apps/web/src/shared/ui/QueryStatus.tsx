import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { StatusMessage } from './StatusMessage';

export interface QueryStatusProps {
  readonly loading?: boolean;
  readonly error?: ErrorLike | null;
  readonly retry?: () => void;
  readonly empty?: boolean;
  readonly emptyTitle?: string;
  readonly emptyBody?: ReactNode;
  readonly loadingText?: string;
  readonly children?: ReactNode;
}

/** Loading, error (with the cause and a retry button) and empty states around a block of content. */
export function QueryStatus({ loading, error, retry, empty, emptyTitle, emptyBody, loadingText, children }: QueryStatusProps) {
  const t = useT();
  if (error) {
    return (
      <StatusMessage
        kind="error"
        title={t('state.error.title')}
        action={
          retry && (
            <button type="button" className="button" onClick={retry}>
              {t('state.retry')}
            </button>
          )
        }
      >
        <p>{t('state.error.body')}</p>
        <p className="status__detail">{t('state.error.detail', { message: error.message })}</p>
      </StatusMessage>
    );
  }
  if (loading) return <StatusMessage kind="loading">{loadingText ?? t('state.loading')}</StatusMessage>;
  if (empty) {
    return (
      <StatusMessage kind="empty" title={emptyTitle ?? t('state.empty.title')}>
        {emptyBody}
      </StatusMessage>
    );
  }
  return <>{children}</>;
}
