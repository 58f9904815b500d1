import type { Statement } from '@houqin/contracts';
import { Card, DatePicker, Flex, Form, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useStatement } from './api';
import { CanteenSelect } from './CanteenSelect';
import { parseStatementFilters } from './filters';
import { formatFen } from './money';

type PersonRow = Statement['people'][number];
type UnitRow = Statement['units'][number];

const right = 'right' as const;
const sum = <T,>(rows: readonly T[], of: (row: T) => number) =>
  rows.reduce((total, row) => total + of(row), 0);

function SectionTitle({ title, extra }: { title: string; extra: ReactNode }) {
  return (
    <Flex justify="space-between" align="center">
      <h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>
      {extra}
    </Flex>
  );
}

/** 月度结算: a month's meals × price per person and per unit (guest meals to the paying unit), exportable. */
export function StatementsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseStatementFilters);
  const statement = useStatement(filters);
  const setCanteen = useCallback(
    (canteenId: string | undefined) => setFilters({ ...filters, canteenId }),
    [filters, setFilters],
  );
  const people = statement.data?.people ?? [];
  const units = statement.data?.units ?? [];
  const money = (key: string, title: string, of: (row: PersonRow) => number) => ({
    key,
    title,
    align: right,
    sorter: (a: PersonRow, b: PersonRow) => of(a) - of(b),
    render: (_: unknown, row: PersonRow) => formatFen(of(row)),
  });

  const peopleColumns: TableColumnsType<PersonRow> = [
    { key: 'name', title: t('canteens.statements.person'), dataIndex: 'displayName' },
    { key: 'unit', title: t('canteens.unit'), dataIndex: 'unitName' },
    { key: 'meals', title: t('canteens.statements.meals'), dataIndex: 'meals', align: right },
    money('mealsFen', t('canteens.statements.mealsAmount'), (r) => r.mealsFen),
    { key: 'walkIns', title: t('canteens.statements.walkIns'), dataIndex: 'walkIns', align: right },
    money('walkInsFen', t('canteens.statements.walkInsAmount'), (r) => r.walkInsFen),
    { ...money('total', t('canteens.statements.total'), (r) => r.totalFen), defaultSortOrder: 'descend' },
  ];
  const unitColumns: TableColumnsType<UnitRow> = [
    { key: 'unit', title: t('canteens.unit'), dataIndex: 'unitName' },
    { key: 'staffMeals', title: t('canteens.statements.staffMeals'), dataIndex: 'staffMeals', align: right },
    {
      key: 'staffFen',
      title: t('canteens.statements.staffAmount'),
      align: right,
      render: (_, r) => formatFen(r.staffFen),
    },
    { key: 'guestMeals', title: t('canteens.statements.guestMeals'), dataIndex: 'guestMeals', align: right },
    {
      key: 'guestFen',
      title: t('canteens.statements.guestAmount'),
      align: right,
      render: (_, r) => formatFen(r.guestFen),
    },
    {
      key: 'total',
      title: t('canteens.statements.total'),
      align: right,
      render: (_, r) => formatFen(r.totalFen),
    },
  ];
  const totalRow = (cells: (string | number)[]) => (
    <Table.Summary fixed>
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>
          <strong>{t('canteens.statements.sum')}</strong>
        </Table.Summary.Cell>
        {cells.map((cell, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
          <Table.Summary.Cell key={index} index={index + 1} align={cell === '' ? undefined : 'right'}>
            <strong>{cell}</strong>
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    </Table.Summary>
  );

  return (
    <>
      <PageHeader title={t('canteens.statements.title')} />
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={16}>
          <Form layout="inline" aria-label={t('common.filters')}>
            <Form.Item label={t('canteens.statements.month')} htmlFor="statement-month">
              <DatePicker
                id="statement-month"
                picker="month"
                allowClear={false}
                value={dayjs(`${filters.month}-01`)}
                onChange={(value) => value && setFilters({ ...filters, month: value.format('YYYY-MM') })}
              />
            </Form.Item>
            <Form.Item label={t('canteens.canteen')} htmlFor="statement-canteen">
              <CanteenSelect id="statement-canteen" value={filters.canteenId} onChange={setCanteen} />
            </Form.Item>
          </Form>
          <Statistic
            title={t('canteens.statements.grandTotal')}
            value={formatFen(statement.data?.totalFen ?? 0)}
            loading={statement.isLoading}
          />
        </Flex>
      </Card>
      <LoadError error={statement.error} />
      <Card
        title={
          <SectionTitle
            title={t('canteens.statements.byUnit')}
            extra={<ExportButton path="/api/canteen-statements/units.xlsx" filters={filters} />}
          />
        }
        style={{ marginBottom: 16 }}
      >
        <Typography.Paragraph type="secondary">{t('canteens.statements.unitsHint')}</Typography.Paragraph>
        <Table<UnitRow>
          size="small"
          rowKey="unitId"
          columns={unitColumns}
          dataSource={units}
          loading={statement.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          summary={() =>
            units.length === 0
              ? null
              : totalRow([
                  sum(units, (r) => r.staffMeals),
                  formatFen(sum(units, (r) => r.staffFen)),
                  sum(units, (r) => r.guestMeals),
                  formatFen(sum(units, (r) => r.guestFen)),
                  formatFen(sum(units, (r) => r.totalFen)),
                ])
          }
        />
      </Card>
      <Card
        title={
          <SectionTitle
            title={t('canteens.statements.byPerson')}
            extra={<ExportButton path="/api/canteen-statements/people.xlsx" filters={filters} />}
          />
        }
      >
        <Table<PersonRow>
          size="small"
          rowKey="userId"
          columns={peopleColumns}
          dataSource={people}
          loading={statement.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            pageSize: 20,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          summary={() =>
            people.length === 0
              ? null
              : totalRow([
                  '',
                  sum(people, (r) => r.meals),
                  formatFen(sum(people, (r) => r.mealsFen)),
                  sum(people, (r) => r.walkIns),
                  formatFen(sum(people, (r) => r.walkInsFen)),
                  formatFen(sum(people, (r) => r.totalFen)),
                ])
          }
        />
      </Card>
    </>
  );
}
