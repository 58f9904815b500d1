import type { GuestMeal } from '@houqin/contracts';
import { App, Button, Card, Popconfirm, Space, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/ListTable';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { RefreshButton } from '../../components/RefreshButton';
import { StatusTag } from '../../components/StatusTag';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useCalendarLabels } from '../calendar/labels';
import { useCanteens, useDecideGuestMeal, usePendingGuestMeals } from './api';
import { addDays, beijingToday } from './dates';
import { guestMealTone } from './labels';
import { formatFen } from './money';

/** Pending orders can only be decided before the meal's cutoff, so the list looks from today on. */
const AHEAD_DAYS = 61;

/** 公务接待审批: guest orders above a canteen's threshold wait here for a logistics_admin. */
export function GuestMealsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCalendarLabels();
  const today = beijingToday();
  const range = useMemo(() => ({ from: today, to: addDays(today, AHEAD_DAYS) }), [today]);
  const pending = usePendingGuestMeals(range);
  const canteens = useCanteens();
  const decide = useDecideGuestMeal();
  const canteenName = new Map((canteens.data?.items ?? []).map((c) => [c.id, c.name]));

  const onDecide = (order: GuestMeal, decision: 'approve' | 'reject') =>
    decide.mutate(
      { id: order.id, decision },
      {
        onSuccess: () =>
          void message.success(
            t(decision === 'approve' ? 'canteens.guests.approved' : 'canteens.guests.rejected'),
          ),
        onError: (error) => void message.error(parseApiError(error)),
      },
    );

  const columns: TableColumnsType<GuestMeal> = [
    {
      key: 'when',
      title: t('canteens.guests.when'),
      sorter: (a, b) => a.date.localeCompare(b.date),
      defaultSortOrder: 'ascend',
      render: (_, g) => (
        <>
          {labels.dayTitle(g.date)} {t(`canteens.meals.${g.meal}`)}
          <div>
            <Typography.Text type="secondary">{canteenName.get(g.canteenId) ?? '—'}</Typography.Text>
          </div>
        </>
      ),
    },
    {
      key: 'count',
      title: t('canteens.guests.count'),
      align: 'right',
      render: (_, g) => t('canteens.people', { count: g.guestCount }),
    },
    { key: 'reason', title: t('canteens.guests.reason'), dataIndex: 'reason' },
    { key: 'unit', title: t('canteens.guests.payingUnit'), dataIndex: 'payingUnitName' },
    {
      key: 'amount',
      title: t('canteens.guests.amount'),
      align: 'right',
      render: (_, g) => (
        <>
          {formatFen(g.priceFen * g.guestCount)}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('canteens.guests.each', { price: formatFen(g.priceFen) })}
            </Typography.Text>
          </div>
        </>
      ),
    },
    { key: 'created', title: t('canteens.guests.createdAt'), render: (_, g) => formatDateTime(g.createdAt) },
    {
      key: 'status',
      title: t('canteens.status'),
      render: (_, g) => (
        <StatusTag tone={guestMealTone[g.status]}>{t(`canteens.guests.statuses.${g.status}`)}</StatusTag>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, g) => {
        const what = `${labels.dayTitle(g.date)} ${g.payingUnitName}`;
        return (
          <Space size={0}>
            <Popconfirm title={t('canteens.guests.approveConfirm')} onConfirm={() => onDecide(g, 'approve')}>
              <Button type="link" size="small" aria-label={t('canteens.guests.approveFor', { what })}>
                {t('canteens.guests.approve')}
              </Button>
            </Popconfirm>
            <Popconfirm title={t('canteens.guests.rejectConfirm')} onConfirm={() => onDecide(g, 'reject')}>
              <Button type="link" size="small" danger aria-label={t('canteens.guests.rejectFor', { what })}>
                {t('canteens.guests.reject')}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('canteens.guests.title')} extra={<RefreshButton query={pending} />} />
      <Card>
        <Typography.Paragraph type="secondary">{t('canteens.guests.hint')}</Typography.Paragraph>
        <LoadError error={pending.error} />
        <ListTable<GuestMeal>
          rowKey="id"
          columns={columns}
          rows={pending.data?.items}
          loading={pending.isFetching}
          empty={t('canteens.guests.empty')}
        />
      </Card>
    </>
  );
}
