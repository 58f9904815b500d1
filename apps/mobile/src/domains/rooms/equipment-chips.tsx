import { type Equipment, equipmentKinds } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { EquipmentIcon } from './equipment-icon';

interface EquipmentChipsProps {
  value: readonly Equipment[];
  onChange: (value: Equipment[]) => void;
}

/** Equipment a room must have: toggle buttons, pressed = required. */
export function EquipmentChips({ value, onChange }: EquipmentChipsProps) {
  const { t } = useTranslation();
  const toggle = (kind: Equipment) =>
    onChange(value.includes(kind) ? value.filter((k) => k !== kind) : [...value, kind]);
  return (
    <fieldset className="chip-group">
      <legend className="field-label">{t('roomsFind.equipment')}</legend>
      <div className="chips">
        {equipmentKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="chip"
            aria-pressed={value.includes(kind)}
            onClick={() => toggle(kind)}
          >
            <EquipmentIcon kind={kind} />
            {t(`roomsEquipment.${kind}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
