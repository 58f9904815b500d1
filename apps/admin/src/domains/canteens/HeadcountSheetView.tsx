import type { HeadcountSheet } from '@houqin/contracts';
import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useCalendarLabels } from '../calendar/labels';

/** The headcount sheet as printed: the locked count, by unit, and the guest orders. */
export function HeadcountSheetView({ sheet }: { sheet: HeadcountSheet }) {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  const { snapshot } = sheet;
  return (
    <article className="houqin-headcount-sheet" aria-labelledby="headcount-sheet-title">
      <Typography.Title level={2} id="headcount-sheet-title" style={{ fontSize: 20, textAlign: 'center' }}>
        {t('canteens.headcount.sheetTitle', {
          canteen: sheet.canteenName,
          date: labels.dayTitle(sheet.date),
          meal: t(`canteens.meals.${sheet.meal}`),
        })}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={4}
        items={[
          {
            key: 'total',
            label: t('canteens.headcount.total'),
            children: <strong style={{ fontSize: 18 }}>{snapshot.total}</strong>,
          },
          { key: 'staff', label: t('canteens.headcount.staff'), children: snapshot.staff },
          { key: 'guests', label: t('canteens.headcount.guests'), children: snapshot.guests },
          {
            key: 'locked',
            label: t('canteens.headcount.lockedAt'),
            children: formatDateTime(snapshot.lockedAt),
          },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('canteens.headcount.byUnit')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={snapshot.byUnit}
        columns={[
          { key: 'unit', title: t('canteens.unit'), dataIndex: 'unitName' },
          { key: 'count', title: t('canteens.headcount.count'), dataIndex: 'count', align: 'right' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('canteens.headcount.staffTotal')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{snapshot.staff}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('canteens.headcount.guestOrders')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(g) => `${g.payingUnitName}:${g.reason}:${g.guestCount}`}
        pagination={false}
        dataSource={sheet.guestOrders}
        locale={{
          emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('canteens.headcount.noGuests')}</span>,
        }}
        columns={[
          { key: 'unit', title: t('canteens.guests.payingUnit'), dataIndex: 'payingUnitName' },
          { key: 'reason', title: t('canteens.guests.reason'), dataIndex: 'reason' },
          { key: 'count', title: t('canteens.guests.count'), dataIndex: 'guestCount', align: 'right' },
        ]}
      />
    </article>
  );
}
