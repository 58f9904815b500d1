import { type CanteenStats, MAX_CANTEEN_RANGE_DAYS } from '@houqin/contracts';
import { Card, Col, Form, Row, Spin, Statistic } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeInput } from '../../components/DateRangeInput';
import { ExportButton } from '../../components/ExportButton';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useCanteenStats } from './api';
import { CanteenSelect } from './CanteenSelect';
import { parseStatsFilters } from './filters';
import { formatRate } from './labels';
import { StatsSection } from './StatsSection';
import { noShowByUnitOption, trendOption, wastedByMealOption } from './stats-charts';

const barHeight = (count: number) => Math.max(160, count * 32 + 48);
const right = 'right' as const;

function Totals({ totals }: { totals: CanteenStats['totals'] }) {
  const { t } = useTranslation();
  const items = [
    { key: 'booked', title: t('canteens.stats.booked'), value: totals.booked },
    { key: 'served', title: t('canteens.stats.served'), value: totals.served },
    { key: 'noShows', title: t('canteens.stats.noShows'), value: totals.noShows },
    { key: 'rate', title: t('canteens.stats.noShowRate'), value: formatRate(totals.noShowRate) },
    { key: 'walkIns', title: t('canteens.stats.walkIns'), value: totals.walkIns },
    { key: 'guests', title: t('canteens.stats.guests'), value: totals.guests },
    { key: 'wasted', title: t('canteens.stats.wasted'), value: totals.estimatedWasted },
  ];
  return (
    <Card style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        {items.map((item) => (
          <Col key={item.key} flex="1">
            <Statistic title={item.title} value={item.value} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function StatsSections({
  data,
  filters,
}: {
  data: CanteenStats;
  filters: ReturnType<typeof parseStatsFilters>;
}) {
  const exportOf = (table: string) => (
    <ExportButton path={`/api/admin/canteen-stats/${table}.xlsx`} filters={filters} />
  );
  const { t } = useTranslation();
  const mealName = (meal: CanteenStats['byMeal'][number]['meal']) => t(`canteens.meals.${meal}`);
  const shortDate = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8))}`;
  const count = (key: string, title: string, dataIndex: string) => ({ key, title, dataIndex, align: right });
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <StatsSection
          title={t('canteens.stats.trend')}
          extra={exportOf('trend')}
          option={trendOption(
            data.trend,
            {
              booked: t('canteens.stats.booked'),
              served: t('canteens.stats.served'),
              walkIns: t('canteens.stats.walkIns'),
            },
            shortDate,
          )}
          height={300}
          rows={data.trend}
          rowKey={(r) => r.date}
          columns={[
            { key: 'date', title: t('canteens.date'), dataIndex: 'date' },
            count('booked', t('canteens.stats.booked'), 'booked'),
            count('served', t('canteens.stats.served'), 'served'),
            count('noShows', t('canteens.stats.noShows'), 'noShows'),
            count('walkIns', t('canteens.stats.walkIns'), 'walkIns'),
          ]}
        />
      </Col>
      <Col span={12}>
        <StatsSection
          title={t('canteens.stats.noShowByUnit')}
          extra={exportOf('units')}
          option={noShowByUnitOption(data.byUnit)}
          height={barHeight(data.byUnit.length)}
          rows={data.byUnit}
          rowKey={(r) => r.unitId}
          columns={[
            { key: 'unit', title: t('canteens.unit'), dataIndex: 'unitName' },
            count('booked', t('canteens.stats.booked'), 'booked'),
            count('served', t('canteens.stats.served'), 'served'),
            count('noShows', t('canteens.stats.noShows'), 'noShows'),
            {
              key: 'rate',
              title: t('canteens.stats.noShowRate'),
              align: right,
              sorter: (a, b) => a.noShowRate - b.noShowRate,
              render: (_, r) => formatRate(r.noShowRate),
            },
          ]}
        />
      </Col>
      <Col span={12}>
        <StatsSection
          title={t('canteens.stats.wastedByMeal')}
          extra={exportOf('meals')}
          option={wastedByMealOption(data.byMeal, mealName, t('canteens.stats.wasted'))}
          height={240}
          rows={data.byMeal}
          rowKey={(r) => r.meal}
          columns={[
            { key: 'meal', title: t('canteens.meal'), render: (_, r) => mealName(r.meal) },
            count('booked', t('canteens.stats.booked'), 'booked'),
            count('served', t('canteens.stats.served'), 'served'),
            count('guests', t('canteens.stats.guests'), 'guests'),
            count('walkIns', t('canteens.stats.walkIns'), 'walkIns'),
            count('wasted', t('canteens.stats.wasted'), 'estimatedWasted'),
          ]}
        />
      </Col>
      <Col span={24}>
        <StatsSection
          title={t('canteens.stats.topNoShows')}
          extra={exportOf('people')}
          rows={data.byPerson}
          rowKey={(r) => r.userId}
          columns={[
            { key: 'name', title: t('canteens.stats.person'), dataIndex: 'displayName' },
            { key: 'unit', title: t('canteens.unit'), dataIndex: 'unitName' },
            count('booked', t('canteens.stats.booked'), 'booked'),
            count('noShows', t('canteens.stats.noShows'), 'noShows'),
            {
              key: 'rate',
              title: t('canteens.stats.noShowRate'),
              align: right,
              render: (_, r) => formatRate(r.noShowRate),
            },
          ]}
        />
      </Col>
    </Row>
  );
}

/** 报餐统计: booked vs served, no-shows by unit and person, walk-ins and estimated waste over a date range. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseStatsFilters);
  const stats = useCanteenStats(filters);
  const setCanteen = useCallback(
    (canteenId: string | undefined) => setFilters({ ...filters, canteenId }),
    [filters, setFilters],
  );

  let body: ReactNode = null;
  if (stats.isLoading) body = <Spin />;
  else if (stats.data)
    body = (
      <>
        <Totals totals={stats.data.totals} />
        <StatsSections data={stats.data} filters={filters} />
      </>
    );

  return (
    <>
      <PageHeader title={t('canteens.stats.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline" aria-label={t('common.filters')}>
          <Form.Item
            label={t('canteens.stats.range')}
            htmlFor="canteen-stats-range"
            extra={t('canteens.stats.rangeHint', { days: MAX_CANTEEN_RANGE_DAYS })}
          >
            <DateRangeInput
              id="canteen-stats-range"
              from={filters.from}
              to={filters.to}
              maxDays={MAX_CANTEEN_RANGE_DAYS}
              onChange={(range) => setFilters({ ...filters, ...range })}
            />
          </Form.Item>
          <Form.Item label={t('canteens.canteen')} htmlFor="canteen-stats-canteen">
            <CanteenSelect id="canteen-stats-canteen" value={filters.canteenId} onChange={setCanteen} />
          </Form.Item>
        </Form>
      </Card>
      <LoadError error={stats.error} />
      {body}
    </>
  );
}
