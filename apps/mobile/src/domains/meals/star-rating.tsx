import { StarFill, StarOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';

interface StarRatingProps {
  name: string;
  legend: string;
  value: number | null;
  disabled?: boolean;
  onChange: (rating: number) => void;
}

const STARS = [1, 2, 3, 4, 5] as const;

/** 1–5 stars as native radio buttons (arrow keys move, each star a 44 px target). */
export function StarRating({ name, legend, value, disabled, onChange }: StarRatingProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="star-rating" disabled={disabled}>
      <legend className="visually-hidden">{legend}</legend>
      {STARS.map((n) => {
        const id = `${name}-${n}`;
        const filled = value !== null && n <= value;
        return (
          <label key={n} htmlFor={id} className={`star${filled ? ' is-filled' : ''}`}>
            <input
              id={id}
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className="star-input"
            />
            {filled ? <StarFill aria-hidden="true" /> : <StarOutline aria-hidden="true" />}
            <span className="visually-hidden">{t('mealsWeek.stars', { count: n })}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
