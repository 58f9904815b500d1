import type { DishTag } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

const TAG_CLASS: Record<DishTag, string> = {
  素食: 'veg',
  清真: 'halal',
  少盐: 'low-salt',
  辣: 'spicy',
};

/** 素食 / 清真 / 少盐 / 辣 as small coloured chips. */
export function DishTags({ tags }: { tags: readonly DishTag[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <span className="dish-tags">
      {tags.map((tag) => (
        <span key={tag} className={`dish-tag dish-tag-${TAG_CLASS[tag]}`}>
          {t(`mealsTags.${tag}`)}
        </span>
      ))}
    </span>
  );
}
