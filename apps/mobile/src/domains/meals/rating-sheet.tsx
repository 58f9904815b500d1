import type { Menu } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { showNotice } from '../../ui/notice';
import { Sheet } from '../../ui/sheet';
import { DishTags } from './dish-tags';
import { useRateDish } from './queries';
import { StarRating } from './star-rating';

interface RatingSheetProps {
  open: boolean;
  title: string;
  menu: Menu;
  onClose: () => void;
}

/** 评价菜品: stars for each dish of a meal that has been served; rating again replaces the old one. */
export function RatingSheet({ open, title, menu, onClose }: RatingSheetProps) {
  const { t } = useTranslation();
  const rate = useRateDish();
  // what was just rated, shown until the week is read again
  const [rated, setRated] = useState<Record<string, number>>({});
  return (
    <Sheet open={open} title={title} onClose={onClose}>
      <ul className="rating-list">
        {menu.dishes.map((dish) => (
          <li key={dish.id} className="rating-row">
            <span className="rating-dish">
              <span className="dish-name">{dish.name}</span>
              <DishTags tags={dish.tags} />
            </span>
            <StarRating
              name={`rate-${dish.id}`}
              legend={t('mealsWeek.rateDish', { dish: dish.name })}
              value={
                rate.isPending && rate.variables.dishId === dish.id
                  ? rate.variables.rating
                  : (rated[dish.id] ?? dish.myRating)
              }
              disabled={rate.isPending}
              onChange={(rating) =>
                rate.mutate(
                  { dishId: dish.id, rating },
                  {
                    onSuccess: () => {
                      setRated((old) => ({ ...old, [dish.id]: rating }));
                      showNotice(t('mealsWeek.rated'));
                    },
                    onError: (err) => showNotice(parseApiError(err)),
                  },
                )
              }
            />
          </li>
        ))}
      </ul>
      <Button block size="large" onClick={onClose}>
        {t('mealsWeek.close')}
      </Button>
    </Sheet>
  );
}
