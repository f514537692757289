import { Component, type ReactNode } from 'react';
import type { Translate } from '../shared/i18n';
import { StatusMessage } from '../shared/ui/StatusMessage';

interface Props {
  readonly t: Translate;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** A page that throws (or whose chunk fails to load) shows a clear error instead of a blank screen. */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t } = this.props;
    return (
      <StatusMessage
        kind="error"
        title={t('state.pageError.title')}
        action={
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('state.reload')}
          </button>
        }
      >
        <p>{t('state.pageError.body')}</p>
        <p className="status__detail">{t('state.error.detail', { message: error.message })}</p>
      </StatusMessage>
    );
  }
}
