import { useT } from '../../shared/i18n';
import { RegionPicker } from '../../shared/region';
import { Segmented } from '../../shared/ui';
import { IssuerPicker } from './IssuerPicker';
import { SELECTION_MODES, type Selection, type SelectionMode } from './selection';

export interface SelectionControlsProps {
  readonly selection: Selection;
  readonly onChange: (next: Partial<Selection>) => void;
  readonly issuerNames: ReadonlyMap<number, string>;
  readonly modes?: readonly SelectionMode[];
}

/** How to pick what is compared: the regions below a scope, all its county governments, or issuers. */
export function SelectionControls({ selection, onChange, issuerNames, modes = SELECTION_MODES }: SelectionControlsProps) {
  const t = useT();
  return (
    <div className="selection-controls">
      <Segmented<SelectionMode>
        label={t('selection.by')}
        value={selection.by}
        options={modes.map((m) => ({ value: m, label: t(`selection.by.${m}`) }))}
        onChange={(by) => onChange({ by })}
        testId="selection-mode"
      />
      {selection.by === 'issuers' ? (
        <IssuerPicker selected={selection.issuers} names={issuerNames} onChange={(issuers) => onChange({ issuers })} />
      ) : (
        <RegionPicker value={selection.scope} onChange={(scope) => onChange({ scope })} maxLevel={selection.by === 'children' ? 'prefecture' : 'county'} testId="scope" />
      )}
    </div>
  );
}
