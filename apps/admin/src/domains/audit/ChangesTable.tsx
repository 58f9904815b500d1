import type { AuditEntry } from '@houqin/contracts';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatValue } from './format-value';

interface Row {
  field: string;
  before: string;
  after: string;
}

const cell = (value: string) => (
  <span style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{value}</span>
);

/** The diff of one entry: field, value before, value after. */
export function ChangesTable({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation();
  const rows: Row[] = Object.entries(changes ?? {}).map(([field, change]) => ({
    field,
    before: formatValue(change.before),
    after: formatValue(change.after),
  }));
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChanges')} />;
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      dataSource={rows}
      pagination={false}
      columns={[
        { key: 'field', title: t('audit.field'), dataIndex: 'field', width: '24%' },
        { key: 'before', title: t('audit.before'), dataIndex: 'before', render: cell },
        { key: 'after', title: t('audit.after'), dataIndex: 'after', render: cell },
      ]}
    />
  );
}
