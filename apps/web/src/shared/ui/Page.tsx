import type { ReactNode } from 'react';
import { useT } from '../i18n';

export interface PageProps {
  readonly title: string;
  /** The line under the title; left out when empty. */
  readonly lead?: ReactNode;
  /** Above the title (the report page: its region and kind of issuer). */
  readonly eyebrow?: ReactNode;
  /** Below the lead, still in the page's heading block (the report page's synthetic-data note). */
  readonly note?: ReactNode;
  /** A page layout beside the default one. */
  readonly variant?: 'report' | 'benchmark' | 'narrow';
  /**
   * The line at the foot of the analytics pages saying where the figures come from: `screen`
   * leaves it out of print (the benchmark brief prints its own).
   */
  readonly source?: 'always' | 'screen';
  readonly children: ReactNode;
}

/** A view of the dashboard: its heading block (title, lead), its content, and the source line. */
export function Page({ title, lead, eyebrow, note, variant, source, children }: PageProps) {
  const t = useT();
  return (
    <div className={variant ? `page page--${variant}` : 'page'}>
      <div className="page__intro">
        {eyebrow && <p className="page__eyebrow">{eyebrow}</p>}
        <h1 className="page__title">{title}</h1>
        {lead && <p className="page__lead">{lead}</p>}
        {note}
      </div>
      {children}
      {source && <p className={source === 'screen' ? 'page__source no-print' : 'page__source'}>{t('overview.source')}</p>}
    </div>
  );
}
