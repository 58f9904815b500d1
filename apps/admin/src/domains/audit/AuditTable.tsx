import type { AuditEntry } from '@houqin/contracts';
import { Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { type Page, pageSizeOptions } from '../../lib/page';
import { SealedTag } from './SealedTag';
import { useAuditLabels } from './vocabulary';

interface Props {
  data: Page<AuditEntry> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (entry: AuditEntry) => void;
}

export function AuditTable({ data, loading, onPageChange, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'time',
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      render: (value: string) => formatDateTime(value, { seconds: true }),
    },
    { key: 'actor', title: t('audit.actor'), render: (_, entry) => entry.actorName ?? t('audit.system') },
    {
      key: 'action',
      title: t('audit.action'),
      dataIndex: 'action',
      render: (code: string) => <span title={code}>{labels.action(code)}</span>,
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, entry) => {
        const type = labels.entityType(entry.entityType);
        return entry.entityId ? `${type} #${entry.entityId}` : type;
      },
    },
    { key: 'ip', title: t('audit.ip'), dataIndex: 'ip', render: (value: string | null) => value ?? '—' },
    { key: 'sealed', title: t('audit.sealed'), render: (_, entry) => <SealedTag sealed={entry.sealed} /> },
    {
      key: 'details',
      title: t('common.actions'),
      render: (_, entry) => (
        <Button
          type="link"
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(entry);
          }}
        >
          {t('common.details')}
        </Button>
      ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onRow={(entry) => ({ onClick: () => onOpen(entry), style: { cursor: 'pointer' } })}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
