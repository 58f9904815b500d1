import type { Canteen } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

interface CanteenFieldProps {
  id: string;
  canteens: readonly Canteen[];
  value: string;
  onChange: (canteenId: string) => void;
}

/** Which canteen: a native select (the phone's own picker); just the name when there is one. */
export function CanteenField({ id, canteens, value, onChange }: CanteenFieldProps) {
  const { t } = useTranslation();
  const only = canteens.length === 1 ? canteens[0] : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('meals.canteen')}
      </label>
      {only ? (
        <output id={id} className="meal-canteen-name">
          {only.name}
          {only.location && <span className="meal-canteen-location">{only.location}</span>}
        </output>
      ) : (
        <select id={id} className="native-input" value={value} onChange={(e) => onChange(e.target.value)}>
          {canteens.map((c) => (
            <option key={c.id} value={c.id}>
              {c.location ? `${c.name}（${c.location}）` : c.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
