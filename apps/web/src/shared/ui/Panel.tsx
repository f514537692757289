import { useId, type ReactNode } from 'react';

export interface PanelProps {
  readonly title: string;
  readonly subtitle?: string;
  /** Shown at the top right, e.g. "单位：件". */
  readonly meta?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A titled card holding one chart and its table. */
export function Panel({ title, subtitle, meta, className, children }: PanelProps) {
  const titleId = useId();
  return (
    <section className={['panel', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <header className="panel__header">
        <div>
          <h2 className="panel__title" id={titleId}>
            {title}
          </h2>
          {subtitle && <p className="panel__subtitle">{subtitle}</p>}
        </div>
        {meta && <span className="panel__meta">{meta}</span>}
      </header>
      {children}
    </section>
  );
}
