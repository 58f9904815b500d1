import { Card, Empty, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CanteenChart } from './CanteenChart';
import type { CanteenChartOption } from './stats-charts';

/** A chart with the figures behind it in a table under it. */
export function StatsSection<T extends object>({
  title,
  option,
  height,
  rows,
  rowKey,
  columns,
  extra,
}: {
  title: string;
  /** e.g. the section's 导出 Excel button */
  extra?: ReactNode;
  option?: CanteenChartOption;
  height?: number;
  rows: T[];
  rowKey: (row: T) => string;
  columns: TableColumnsType<T>;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>}
      extra={extra}
      style={{ height: '100%' }}
    >
      {rows.length === 0 ? (
        <Empty description={t('canteens.stats.noData')} />
      ) : (
        <>
          {option ? <CanteenChart option={option} height={height ?? 280} label={title} /> : null}
          <Table<T>
            size="small"
            rowKey={rowKey}
            columns={columns}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
            style={{ marginTop: option ? 16 : 0 }}
          />
        </>
      )}
    </Card>
  );
}
