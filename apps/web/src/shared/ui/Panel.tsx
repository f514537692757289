import { useId, type ReactNode } from 'react';

export interface PanelProps {
  readonly title: string;
  readonly subtitle?: string;
  /** Shown at the top right, e.g. "单位：件". */
  readonly meta?: string;
  /** Buttons at the top right (view toggle, export). */
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly headingLevel?: 2 | 3;
  readonly children: ReactNode;
  readonly id?: string;
}

/** A titled card holding one chart and its table, or a block of controls. */
export function Panel({ title, subtitle, meta, actions, className, headingLevel = 2, children, id }: PanelProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['panel', className].filter(Boolean).join(' ')} aria-labelledby={titleId} id={id}>
      <header className="panel__header">
        <div className="panel__heading">
          <Heading className="panel__title" id={titleId}>
            {title}
          </Heading>
          {subtitle && <p className="panel__subtitle">{subtitle}</p>}
        </div>
        {(meta || actions) && (
          <div className="panel__side">
            {meta && <span className="panel__meta">{meta}</span>}
            {actions}
          </div>
        )}
      </header>
      {children}
    </section>
  );
}
