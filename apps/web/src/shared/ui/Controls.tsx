import { useId, type ReactNode } from 'react';

export interface FieldProps {
  readonly label: string;
  readonly children: (id: string) => ReactNode;
  readonly className?: string;
}

/** A labelled form control. */
export function Field({ label, children, className }: FieldProps) {
  const id = useId();
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export interface Option<T extends string | number> {
  readonly value: T;
  readonly label: string;
  readonly group?: string;
}

export interface SelectProps<T extends string | number> {
  readonly label: string;
  readonly value: T | null;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
  readonly placeholder?: string;
  readonly testId?: string;
  readonly disabled?: boolean;
}

/** A native select (keyboard and screen readers for free), with option groups when given. */
export function Select<T extends string | number>({ label, value, options, onChange, placeholder, testId, disabled }: SelectProps<T>) {
  const groups: { name: string | undefined; options: Option<T>[] }[] = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    if (last && last.name === option.group) last.options.push(option);
    else groups.push({ name: option.group, options: [option] });
  }
  const render = (o: Option<T>) => (
    <option key={String(o.value)} value={String(o.value)}>
      {o.label}
    </option>
  );
  return (
    <Field label={label}>
      {(id) => (
        <select
          id={id}
          className="select"
          value={value === null ? '' : String(value)}
          data-testid={testId}
          disabled={disabled}
          onChange={(e) => {
            const found = options.find((o) => String(o.value) === e.target.value);
            if (found) onChange(found.value);
          }}
        >
          {value === null && <option value="">{placeholder ?? '—'}</option>}
          {groups.map((g, i) =>
            g.name ? (
              <optgroup key={`${g.name}-${i}`} label={g.name}>
                {g.options.map(render)}
              </optgroup>
            ) : (
              g.options.map(render)
            ),
          )}
        </select>
      )}
    </Field>
  );
}

export interface SegmentedProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

/** A group of toggle buttons (aria-pressed) for a few exclusive choices. */
export function Segmented<T extends string>({ label, value, options, onChange, testId }: SegmentedProps<T>) {
  return (
    <div className="field">
      <span className="field__label" aria-hidden="true">
        {label}
      </span>
      <div className="segmented" role="group" aria-label={label} data-testid={testId}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="segmented__item"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
            data-value={o.value}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export interface CheckListProps<T extends string> {
  readonly label: string;
  readonly values: readonly T[];
  readonly options: readonly Option<T>[];
  readonly onChange: (values: T[]) => void;
  readonly summary: string;
  readonly testId?: string;
}

/** A multiple choice in a disclosure (details/summary): checkboxes, grouped. */
export function CheckList<T extends string>({ label, values, options, onChange, summary, testId }: CheckListProps<T>) {
  const groups: { name: string | undefined; options: Option<T>[] }[] = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    if (last && last.name === option.group) last.options.push(option);
    else groups.push({ name: option.group, options: [option] });
  }
  const toggle = (value: T, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the catalogue order, so the URL and the charts do not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <details className="checklist" data-testid={testId}>
        <summary className="select checklist__summary">{summary}</summary>
        <div className="checklist__body">
          {groups.map((g, i) => (
            <fieldset key={`${g.name ?? ''}-${i}`} className="checklist__group">
              {g.name && <legend>{g.name}</legend>}
              {g.options.map((o) => (
                <label key={o.value} className="checklist__item">
                  <input type="checkbox" checked={values.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} value={o.value} />
                  {o.label}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </details>
    </div>
  );
}
