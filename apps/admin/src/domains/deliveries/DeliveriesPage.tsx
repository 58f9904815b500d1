import {
  type DeliveryStatus,
  deliveryStatuses,
  type NotificationDelivery,
  outboundChannels,
} from '@houqin/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Form, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterButtons } from '../../components/FilterButtons';
import { PageHeader } from '../../components/PageHeader';
import { RefreshButton } from '../../components/RefreshButton';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { http } from '../../lib/http';
import { type Page, pageSizeOptions } from '../../lib/page';
import { useUrlFilters } from '../../lib/use-url-filters';
import { type DeliveryFilters, parseDeliveryFilters } from './filters';

const statusTone: Record<DeliveryStatus, Tone> = { pending: 'warning', sent: 'success', failed: 'danger' };

type Values = Omit<DeliveryFilters, 'page' | 'pageSize'>;

/** 消息投递 (sysadmin): outbound webhook and e-mail deliveries, to see what failed and why. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseDeliveryFilters);
  const [form] = Form.useForm<Values>();
  const deliveries = useQuery({
    queryKey: ['deliveries', filters],
    queryFn: ({ signal }) =>
      http.get<Page<NotificationDelivery>>('/api/admin/notification-deliveries', filters, signal),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ status: filters.status, channel: filters.channel });
  }, [form, filters.status, filters.channel]);

  const columns: TableColumnsType<NotificationDelivery> = [
    {
      key: 'time',
      title: t('deliveries.time'),
      render: (_, d) => formatDateTime(d.createdAt, { seconds: true }),
    },
    {
      key: 'channel',
      title: t('deliveries.channel'),
      render: (_, d) => t(`deliveries.channels.${d.channel}`),
    },
    {
      key: 'type',
      title: t('deliveries.type'),
      render: (_, d) => <Typography.Text code>{d.type}</Typography.Text>,
    },
    { key: 'recipient', title: t('deliveries.recipient'), dataIndex: 'userDisplayName' },
    {
      key: 'status',
      title: t('deliveries.status'),
      render: (_, d) => (
        <StatusTag tone={statusTone[d.status]}>{t(`deliveries.statuses.${d.status}`)}</StatusTag>
      ),
    },
    { key: 'attempts', title: t('deliveries.attempts'), dataIndex: 'attempts', align: 'right' },
    {
      key: 'lastError',
      title: t('deliveries.lastError'),
      render: (_, d) =>
        d.lastError ? (
          <Typography.Paragraph
            ellipsis={{ rows: 2, tooltip: d.lastError }}
            style={{ margin: 0, maxWidth: 360 }}
          >
            {d.lastError}
          </Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    {
      key: 'updatedAt',
      title: t('deliveries.updatedAt'),
      render: (_, d) => formatDateTime(d.updatedAt, { seconds: true }),
    },
  ];

  return (
    <>
      <PageHeader title={t('deliveries.title')} extra={<RefreshButton query={deliveries} />} />
      <Alert type="info" showIcon title={t('deliveries.hint')} style={{ marginBottom: 16 }} />
      <Card>
        <Form
          form={form}
          name="delivery-filters"
          layout="inline"
          aria-label={t('common.filters')}
          onFinish={(values) => setFilters({ ...values, page: 1, pageSize: filters.pageSize })}
          style={{ rowGap: 12, marginBottom: 16 }}
        >
          <Form.Item name="status" label={t('deliveries.status')}>
            <Select
              allowClear
              placeholder={t('deliveries.anyStatus')}
              options={deliveryStatuses.map((status) => ({
                value: status,
                label: t(`deliveries.statuses.${status}`),
              }))}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item name="channel" label={t('deliveries.channel')}>
            <Select
              allowClear
              placeholder={t('deliveries.anyChannel')}
              options={outboundChannels.map((channel) => ({
                value: channel,
                label: t(`deliveries.channels.${channel}`),
              }))}
              style={{ width: 140 }}
            />
          </Form.Item>
          <FilterButtons onReset={() => setFilters({ page: 1, pageSize: filters.pageSize })} />
        </Form>
        {deliveries.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={parseApiError(deliveries.error)}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Table<NotificationDelivery>
          rowKey="id"
          columns={columns}
          dataSource={deliveries.data?.items ?? []}
          loading={deliveries.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: deliveries.data?.page ?? 1,
            pageSize: deliveries.data?.pageSize ?? 20,
            total: deliveries.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
          }}
        />
      </Card>
    </>
  );
}
