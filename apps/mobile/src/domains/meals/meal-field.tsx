import type { Meal } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

interface MealFieldProps {
  id: string;
  meals: readonly Meal[];
  value: Meal;
  onChange: (meal: Meal) => void;
}

/** 早餐/午餐/晚餐 as a native select. */
export function MealField({ id, meals, value, onChange }: MealFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t('mealsDuty.meal')}
      </label>
      <select
        id={id}
        className="native-input"
        value={value}
        onChange={(e) => onChange(e.target.value as Meal)}
      >
        {meals.map((meal) => (
          <option key={meal} value={meal}>
            {t(`meals.${meal}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
