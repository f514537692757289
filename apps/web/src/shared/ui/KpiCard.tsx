import type { ReactNode } from 'react';

export interface KpiCardProps {
  readonly label: string;
  readonly value: string | null;
  readonly unit?: string;
  readonly missingText: string;
  /** Secondary lines: previous year, change, coverage. */
  readonly details?: ReactNode;
  readonly testId?: string;
}

/** A headline figure. */
export function KpiCard({ label, value, unit, missingText, details, testId }: KpiCardProps) {
  return (
    <div className="kpi" data-kpi={testId}>
      <p className="kpi__label">{label}</p>
      <p className={value === null ? 'kpi__value kpi__value--missing' : 'kpi__value'}>
        {value ?? missingText}
        {value !== null && unit && <span className="kpi__unit">{unit}</span>}
      </p>
      {details && <div className="kpi__details">{details}</div>}
    </div>
  );
}

export function ChangeBadge({ text, direction, label }: { readonly text: string | null; readonly direction: 'up' | 'down' | 'flat' | null; readonly label: string }) {
  if (text === null) return null;
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■';
  return (
    <span className={`change change--${direction ?? 'flat'}`} title={label}>
      <span aria-hidden="true">{arrow}</span> {text}
      <span className="visually-hidden"> {label}</span>
    </span>
  );
}
