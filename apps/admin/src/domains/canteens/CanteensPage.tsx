import { PlusOutlined } from '@ant-design/icons';
import type { Canteen, MealPeriod } from '@houqin/contracts';
import { Button, Card, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { StatusTag } from '../../components/StatusTag';
import { useUnits } from '../units/api';
import { useCanteens } from './api';
import { CanteenFormDrawer } from './CanteenFormDrawer';
import { minuteToHhmm } from './canteen-form';
import { formatFen } from './money';
import { OpenDaysDrawer } from './OpenDaysDrawer';

type Dialog = { kind: 'form'; canteen?: Canteen } | { kind: 'days'; canteen: Canteen };

function MealLine({ period }: { period: MealPeriod }) {
  const { t } = useTranslation();
  const cutoffDay =
    period.cutoffDayOffset === 0
      ? t('canteens.form.sameDay')
      : t('canteens.form.daysBefore', { count: -period.cutoffDayOffset });
  return (
    <div style={{ whiteSpace: 'nowrap', marginBlock: 2 }}>
      <Typography.Text strong>{t(`canteens.meals.${period.meal}`)}</Typography.Text>{' '}
      {minuteToHhmm(period.servesFromMinute)}–{minuteToHhmm(period.servesToMinute)} ·{' '}
      {t('canteens.cutoffAt', { day: cutoffDay, time: minuteToHhmm(period.cutoffMinute) })}
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('canteens.prices', {
            staff: formatFen(period.priceStaffFen),
            guest: formatFen(period.priceGuestFen),
            walkIn: formatFen(period.priceWalkInFen),
          })}
        </Typography.Text>
      </div>
    </div>
  );
}

/** 食堂设置: the canteens, who they serve, their meals, cutoffs and prices; open days per canteen. */
export function CanteensPage() {
  const { t } = useTranslation();
  const canteens = useCanteens();
  const units = useUnits();
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const columns: TableColumnsType<Canteen> = [
    {
      key: 'name',
      title: t('canteens.name'),
      render: (_, c) => (
        <>
          <Typography.Text strong>{c.name}</Typography.Text>
          {c.location ? (
            <div>
              <Typography.Text type="secondary">{c.location}</Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    { key: 'mode', title: t('canteens.bookingMode'), render: (_, c) => t(`canteens.modes.${c.bookingMode}`) },
    {
      key: 'units',
      title: t('canteens.servedUnits'),
      render: (_, c) =>
        c.servesAll ? (
          t('canteens.everyone')
        ) : (
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 220 }}>
            {c.unitIds.map((id) => unitName.get(id) ?? id).join('、')}
          </Typography.Paragraph>
        ),
    },
    {
      key: 'meals',
      title: t('canteens.mealsColumn'),
      render: (_, c) => c.meals.map((period) => <MealLine key={period.meal} period={period} />),
    },
    {
      key: 'threshold',
      title: t('canteens.guestThreshold'),
      align: 'right',
      render: (_, c) => t('canteens.people', { count: c.guestApprovalThreshold }),
    },
    {
      key: 'status',
      title: t('canteens.status'),
      render: (_, c) =>
        c.active ? (
          <StatusTag tone="success">{t('canteens.active')}</StatusTag>
        ) : (
          <StatusTag tone="neutral">{t('canteens.inactive')}</StatusTag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, c) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            aria-label={t('canteens.editNamed', { name: c.name })}
            onClick={() => setDialog({ kind: 'form', canteen: c })}
          >
            {t('common.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            aria-label={t('canteens.openDaysNamed', { name: c.name })}
            disabled={!c.active}
            onClick={() => setDialog({ kind: 'days', canteen: c })}
          >
            {t('canteens.openDays')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('canteens.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setDialog({ kind: 'form' })}
          >
            {t('canteens.create')}
          </Button>
        }
      />
      <Card>
        <LoadError error={canteens.error} />
        <Table<Canteen>
          rowKey="id"
          columns={columns}
          dataSource={canteens.data?.items ?? []}
          loading={canteens.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">{t('canteens.empty')}</Typography.Text> }}
        />
      </Card>
      {dialog?.kind === 'form' ? <CanteenFormDrawer canteen={dialog.canteen} onClose={close} /> : null}
      {dialog?.kind === 'days' ? <OpenDaysDrawer canteen={dialog.canteen} onClose={close} /> : null}
    </>
  );
}
