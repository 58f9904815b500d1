import type { RoomStats } from '@houqin/contracts';
import { Card, Col, Empty, Form, Row, Spin, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeInput } from '../../components/DateRangeInput';
import { ExportButton } from '../../components/ExportButton';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useRoomStats } from './api';
import { StatsChart } from './StatsChart';
import {
  busiestUnitsOption,
  heatmapOption,
  noShowOption,
  peakHours,
  percent,
  type StatsChartOption,
  utilizationOption,
} from './stats-charts';
import { parseStatsRange } from './stats-range';

const barHeight = (count: number) => Math.max(160, count * 32 + 48);
const hours = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

function Section<T extends object>({
  title,
  option,
  height,
  rows,
  rowKey,
  columns,
}: {
  title: string;
  option: StatsChartOption;
  height: number;
  rows: T[];
  rowKey: (row: T) => string;
  columns: TableColumnsType<T>;
}) {
  const { t } = useTranslation();
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>} style={{ height: '100%' }}>
      {rows.length === 0 ? (
        <Empty description={t('meetingRooms.stats.noData')} />
      ) : (
        <>
          <StatsChart option={option} height={height} label={title} />
          <Table<T>
            size="small"
            rowKey={rowKey}
            columns={columns}
            dataSource={rows}
            pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
            style={{ marginTop: 16 }}
          />
        </>
      )}
    </Card>
  );
}

type UtilizationRow = { bookedHours: number; openHours: number; utilization: number };

function useUtilizationColumns() {
  const { t } = useTranslation();
  return <T extends UtilizationRow>(first: TableColumnsType<T>): TableColumnsType<T> => [
    ...first,
    {
      key: 'booked',
      title: t('meetingRooms.stats.bookedHours'),
      align: 'right',
      render: (_, r) => hours(r.bookedHours),
    },
    {
      key: 'open',
      title: t('meetingRooms.stats.openHours'),
      align: 'right',
      render: (_, r) => hours(r.openHours),
    },
    {
      key: 'utilization',
      title: t('meetingRooms.stats.utilization'),
      align: 'right',
      render: (_, r) => `${percent(r.utilization)}%`,
    },
  ];
}

function StatsSections({ data }: { data: RoomStats }) {
  const { t } = useTranslation();
  const utilizationColumns = useUtilizationColumns();
  const weekdayNames = [1, 2, 3, 4, 5, 6, 7].map((day) =>
    t(`calendar.weekdayNames.w${day}` as 'calendar.weekdayNames.w1'),
  );
  const peaks = peakHours(data.heatmap);
  return (
    <Row gutter={[16, 16]}>
      <Col span={12}>
        <Section
          title={t('meetingRooms.stats.byRoom')}
          option={utilizationOption(data.rooms)}
          height={barHeight(data.rooms.length)}
          rows={data.rooms}
          rowKey={(r) => r.roomId}
          columns={utilizationColumns<RoomStats['rooms'][number]>([
            { key: 'name', title: t('meetingRooms.room'), dataIndex: 'name' },
            { key: 'building', title: t('meetingRooms.stats.building'), dataIndex: 'building' },
          ])}
        />
      </Col>
      <Col span={12}>
        <Section
          title={t('meetingRooms.stats.byBuilding')}
          option={utilizationOption(data.buildings)}
          height={barHeight(data.buildings.length)}
          rows={data.buildings}
          rowKey={(r) => r.buildingId}
          columns={utilizationColumns<RoomStats['buildings'][number]>([
            { key: 'name', title: t('meetingRooms.stats.building'), dataIndex: 'name' },
          ])}
        />
      </Col>
      <Col span={24}>
        <Section
          title={t('meetingRooms.stats.peakHours')}
          option={heatmapOption(data.heatmap, weekdayNames)}
          height={320}
          rows={peaks}
          rowKey={(c) => `${c.weekday}:${c.hour}`}
          columns={[
            {
              key: 'when',
              title: t('meetingRooms.stats.when'),
              render: (_, c) =>
                t('meetingRooms.stats.hourSlot', { weekday: weekdayNames[c.weekday - 1], hour: c.hour }),
            },
            {
              key: 'hours',
              title: t('meetingRooms.stats.bookedHours'),
              align: 'right',
              render: (_, c) => hours(c.hours),
            },
          ]}
        />
      </Col>
      <Col span={12}>
        <Section
          title={t('meetingRooms.stats.noShowByUnit')}
          option={noShowOption(data.noShows)}
          height={barHeight(data.noShows.length)}
          rows={data.noShows}
          rowKey={(r) => r.unitId}
          columns={[
            { key: 'unit', title: t('meetingRooms.unit'), dataIndex: 'unitName' },
            {
              key: 'bookings',
              title: t('meetingRooms.stats.checkInBookings'),
              align: 'right',
              dataIndex: 'checkInBookings',
            },
            { key: 'noShows', title: t('meetingRooms.stats.noShows'), align: 'right', dataIndex: 'noShows' },
            {
              key: 'rate',
              title: t('meetingRooms.stats.noShowRate'),
              align: 'right',
              render: (_, r) => `${percent(r.rate)}%`,
            },
          ]}
        />
      </Col>
      <Col span={12}>
        <Section
          title={t('meetingRooms.stats.busiestUnits')}
          option={busiestUnitsOption(data.busiestUnits, t('meetingRooms.stats.hoursSuffix'))}
          height={barHeight(data.busiestUnits.length)}
          rows={data.busiestUnits}
          rowKey={(r) => r.unitId}
          columns={[
            { key: 'unit', title: t('meetingRooms.unit'), dataIndex: 'unitName' },
            {
              key: 'bookings',
              title: t('meetingRooms.stats.bookings'),
              align: 'right',
              dataIndex: 'bookings',
            },
            {
              key: 'hours',
              title: t('meetingRooms.stats.bookedHours'),
              align: 'right',
              render: (_, r) => hours(r.hours),
            },
          ]}
        />
      </Col>
    </Row>
  );
}

/** 使用统计: utilization, no-shows, peak hours and the busiest units over a date range; the same range exports. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [range, setRange] = useUrlFilters(parseStatsRange);
  const stats = useRoomStats(range);

  let body: ReactNode = null;
  if (stats.isLoading) body = <Spin />;
  else if (stats.data) body = <StatsSections data={stats.data} />;

  return (
    <>
      <PageHeader
        title={t('meetingRooms.stats.title')}
        extra={<ExportButton path="/api/admin/meeting-rooms/statistics/export.xlsx" filters={range} />}
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" aria-label={t('common.filters')}>
          <Form.Item label={t('meetingRooms.stats.range')} htmlFor="stats-range">
            <DateRangeInput id="stats-range" from={range.from} to={range.to} onChange={setRange} />
          </Form.Item>
        </Form>
      </Card>
      <LoadError error={stats.error} />
      {body}
    </>
  );
}
