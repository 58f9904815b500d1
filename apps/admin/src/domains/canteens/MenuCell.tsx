import { StarFilled } from '@ant-design/icons';
import type { Menu } from '@houqin/contracts';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';
import { visuallyHidden } from '../../components/visually-hidden';
import { menuState } from './menu-form';

const stateTone = { published: 'success', draft: 'warning', none: 'neutral' } as const;

/** One day × meal of the week grid: draft or published (a draft publishes in one click), the dishes with tags and ratings. */
export function MenuCell({
  menu,
  closed,
  label,
  onEdit,
  onPublish,
  publishing,
}: {
  menu: Menu | undefined;
  closed: boolean;
  /** `10月12日 周一 午餐`, for the edit button's accessible name */
  label: string;
  onEdit: () => void;
  onPublish: () => void;
  publishing: boolean;
}) {
  const { t } = useTranslation();
  const state = menuState(menu);
  const action = menu ? t('common.edit') : t('canteens.menus.arrange');
  return (
    <Flex vertical gap={4} style={{ minHeight: 96 }}>
      <Flex justify="space-between" align="center">
        <StatusTag tone={stateTone[state]}>{t(`canteens.menus.states.${state}`)}</StatusTag>
        <Space size={8}>
          {state === 'draft' ? (
            <Button
              type="link"
              size="small"
              loading={publishing}
              aria-label={t('canteens.menus.actionFor', { action: t('canteens.menus.publish'), what: label })}
              onClick={onPublish}
              style={{ paddingInline: 0 }}
            >
              {t('canteens.menus.publish')}
            </Button>
          ) : null}
          <Button
            type="link"
            size="small"
            aria-label={t('canteens.menus.actionFor', { action, what: label })}
            onClick={onEdit}
            style={{ paddingInline: 0 }}
          >
            {action}
          </Button>
        </Space>
      </Flex>
      {closed && !menu ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('canteens.menus.closedDay')}
        </Typography.Text>
      ) : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, fontSize: 13 }}>
        {(menu?.dishes ?? []).map((dish) => (
          <li key={dish.id} style={{ lineHeight: 1.5 }}>
            {dish.name}
            {dish.tags.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                {dish.tags.map((tag) => t(`canteens.tags.${tag}`)).join(' · ')}
              </Typography.Text>
            ) : null}
            {dish.rating != null ? (
              <Typography.Text style={{ fontSize: 12, color: '#874d00', marginInlineStart: 4 }}>
                <StarFilled aria-hidden /> {dish.rating.toFixed(1)}
                <span style={visuallyHidden}>
                  {t('canteens.menus.ratingShort', { count: dish.ratingCount })}
                </span>
              </Typography.Text>
            ) : null}
          </li>
        ))}
      </ul>
    </Flex>
  );
}
