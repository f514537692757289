import type { ReactNode } from 'react';

export interface StatusMessageProps {
  readonly kind: 'loading' | 'empty' | 'error';
  readonly title?: string;
  readonly children?: ReactNode;
  readonly action?: ReactNode;
}

/** Loading, empty and error states: `status` is announced politely, `alert` at once. */
export function StatusMessage({ kind, title, children, action }: StatusMessageProps) {
  return (
    <div className={`status status--${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-live={kind === 'error' ? 'assertive' : 'polite'}>
      {kind === 'loading' && <span className="status__spinner" aria-hidden="true" />}
      <div className="status__text">
        {title && <p className="status__title">{title}</p>}
        {children && <div className="status__body">{children}</div>}
        {action && <div className="status__action">{action}</div>}
      </div>
    </div>
  );
}
