import { CopyOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { Meal, Menu } from '@houqin/contracts';
import { App, Button, Card, Form, Popconfirm, Space, Spin, Typography, theme } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { visuallyHidden } from '../../components/visually-hidden';
import { parseApiError } from '../../lib/errors';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useCalendarLabels } from '../calendar/labels';
import { useCanteenDays, useCanteens, useCopyLastWeek, useMenus, usePublishMenu } from './api';
import { CanteenSelect } from './CanteenSelect';
import { addDays, beijingToday, mondayOf, weekDates } from './dates';
import { parseMenuFilters } from './filters';
import { MenuCell } from './MenuCell';
import { MenuEditorDrawer } from './MenuEditorDrawer';

/** 菜单: a canteen's week, days × meals; edit a day's dishes, publish, or copy last week's menus. */
export function MenusPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const labels = useCalendarLabels();
  const [filters, setFilters] = useUrlFilters(parseMenuFilters);
  const canteens = useCanteens();
  const canteen = canteens.data?.items.find((c) => c.id === filters.canteenId);
  const dates = weekDates(filters.week);
  const range = { from: filters.week, to: addDays(filters.week, 6) };
  const menus = useMenus(filters.canteenId, range);
  const days = useCanteenDays(canteen?.active ? canteen.id : undefined, range);
  const copy = useCopyLastWeek(filters.canteenId ?? '');
  const publish = usePublishMenu(filters.canteenId ?? '');
  const [editing, setEditing] = useState<{ date: string; meal: Meal } | null>(null);

  const menuOf = useMemo(() => {
    const map = new Map((menus.data?.items ?? []).map((m) => [`${m.date}:${m.meal}`, m]));
    return (date: string, meal: Meal): Menu | undefined => map.get(`${date}:${meal}`);
  }, [menus.data]);
  const closed = (date: string) => days.data?.find((d) => d.date === date)?.open === false;
  const setCanteen = useCallback(
    (canteenId: string | undefined) => setFilters({ ...filters, canteenId }),
    [filters, setFilters],
  );
  const goWeek = (week: string) => setFilters({ ...filters, week });
  const dayHeading = (date: string) => labels.dayTitle(date).replace(/^\d{4}年/, '');

  const onPublish = (date: string, meal: Meal) =>
    publish.mutate(
      { date, meal },
      {
        onSuccess: () => void message.success(t('canteens.menus.publishedDone')),
        onError: (error) => void message.error(parseApiError(error)),
      },
    );
  const onCopy = () =>
    copy.mutate(filters.week, {
      onSuccess: (result) => void message.success(t('canteens.menus.copied', result)),
      onError: (error) => void message.error(parseApiError(error)),
    });

  return (
    <>
      <PageHeader
        title={t('canteens.menus.title')}
        extra={
          <Popconfirm
            title={t('canteens.menus.copyConfirm')}
            description={t('canteens.menus.copyHint')}
            onConfirm={onCopy}
            disabled={!canteen}
          >
            <Button icon={<CopyOutlined aria-hidden />} loading={copy.isPending} disabled={!canteen}>
              {t('canteens.menus.copyLastWeek')}
            </Button>
          </Popconfirm>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" aria-label={t('common.filters')}>
          <Form.Item label={t('canteens.canteen')} htmlFor="menus-canteen">
            <CanteenSelect
              id="menus-canteen"
              required
              activeOnly
              value={filters.canteenId}
              onChange={setCanteen}
            />
          </Form.Item>
          <Form.Item label={t('canteens.menus.week')}>
            <Space.Compact>
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={t('canteens.menus.prevWeek')}
                title={t('canteens.menus.prevWeek')}
                onClick={() => goWeek(addDays(filters.week, -7))}
              />
              <Button onClick={() => goWeek(mondayOf(beijingToday()))}>{t('canteens.menus.thisWeek')}</Button>
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={t('canteens.menus.nextWeek')}
                title={t('canteens.menus.nextWeek')}
                onClick={() => goWeek(addDays(filters.week, 7))}
              />
            </Space.Compact>
          </Form.Item>
          <Typography.Text aria-live="polite" style={{ alignSelf: 'center' }}>
            {t('canteens.menus.weekRange', { from: dayHeading(range.from), to: dayHeading(range.to) })}
          </Typography.Text>
        </Form>
      </Card>
      <LoadError error={menus.error ?? canteens.error} />
      {!canteen ? (
        <Spin />
      ) : (
        <Card>
          <div style={{ overflowX: 'auto' }}>
            <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', minWidth: 980 }}>
              <caption style={{ textAlign: 'start', paddingBottom: 8 }}>
                {t('canteens.menus.caption', { canteen: canteen.name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={{ width: 64 }}>
                    <span style={visuallyHidden}>{t('canteens.meal')}</span>
                  </th>
                  {dates.map((date) => (
                    <th
                      key={date}
                      scope="col"
                      style={{
                        padding: 8,
                        textAlign: 'start',
                        fontWeight: 600,
                        background: closed(date) ? token.colorFillTertiary : token.colorFillQuaternary,
                        border: `1px solid ${token.colorBorderSecondary}`,
                      }}
                    >
                      {dayHeading(date)}
                      {closed(date) ? (
                        <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                          {' '}
                          {t('canteens.menus.closedShort')}
                        </Typography.Text>
                      ) : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {canteen.meals.map(({ meal }) => (
                  <tr key={meal}>
                    <th
                      scope="row"
                      style={{
                        padding: 8,
                        border: `1px solid ${token.colorBorderSecondary}`,
                        fontWeight: 600,
                      }}
                    >
                      {t(`canteens.meals.${meal}`)}
                    </th>
                    {dates.map((date) => (
                      <td
                        key={date}
                        style={{
                          padding: 8,
                          verticalAlign: 'top',
                          border: `1px solid ${token.colorBorderSecondary}`,
                          background: closed(date) ? token.colorFillQuaternary : undefined,
                        }}
                      >
                        <MenuCell
                          menu={menuOf(date, meal)}
                          closed={closed(date)}
                          label={`${dayHeading(date)} ${t(`canteens.meals.${meal}`)}`}
                          onEdit={() => setEditing({ date, meal })}
                          onPublish={() => onPublish(date, meal)}
                          publishing={
                            publish.isPending &&
                            publish.variables?.date === date &&
                            publish.variables.meal === meal
                          }
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
      {editing && canteen ? (
        <MenuEditorDrawer
          canteen={canteen}
          date={editing.date}
          meal={editing.meal}
          menu={menuOf(editing.date, editing.meal)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
