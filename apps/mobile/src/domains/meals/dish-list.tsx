import type { Dish } from '@houqin/contracts';
import { StarFill } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { DishTags } from './dish-tags';

/** A menu's dishes: photo thumbnail, name, tags and the average rating. */
export function DishList({ dishes }: { dishes: readonly Dish[] }) {
  const { t } = useTranslation();
  return (
    <ul className="dish-list" aria-label={t('mealsWeek.menu')}>
      {dishes.map((dish) => (
        <li key={dish.id} className="dish">
          {dish.photoFileId && (
            <img
              className="dish-photo"
              src={`/api/files/${encodeURIComponent(dish.photoFileId)}/thumbnail`}
              alt={t('mealsWeek.dishPhoto', { dish: dish.name })}
              width={40}
              height={40}
              loading="lazy"
            />
          )}
          <span className="dish-name">{dish.name}</span>
          <DishTags tags={dish.tags} />
          {dish.rating !== null && (
            <span className="dish-rating">
              <StarFill aria-hidden="true" />
              <span aria-hidden="true">{dish.rating.toFixed(1)}</span>
              <span className="visually-hidden">
                {t('mealsWeek.average', { rating: dish.rating.toFixed(1), count: dish.ratingCount })}
              </span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
