import { useT } from '../i18n';

/** error / warning / info as a labelled badge (text, not colour alone). */
export function SeverityBadge({ severity }: { readonly severity: string }) {
  const t = useT();
  const known = severity === 'error' || severity === 'warning' || severity === 'info';
  return (
    <span className={`badge badge--${known ? severity : 'info'}`} data-severity={severity}>
      {known ? t(`severity.${severity}`) : severity}
    </span>
  );
}
