import { jobRunOutcomes, jobStatuses } from '@houqin/contracts';
import { Form, Input, Select, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterButtons } from '../../components/FilterButtons';
import type { JobFilters } from './filters';

type Values = Omit<JobFilters, 'tab' | 'page' | 'pageSize'>;

interface Props {
  filters: JobFilters;
  onSearch: (values: Values) => void;
}

/** Jobs: status and name; run log: outcome and name (and the one job it was opened for). */
export function JobFilterBar({ filters, onSearch }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const runs = filters.tab === 'runs';

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ status: filters.status, outcome: filters.outcome, name: filters.name });
  }, [form, filters.status, filters.outcome, filters.name]);

  return (
    <Form
      form={form}
      name={`${filters.tab}-filters`}
      layout="inline"
      aria-label={t('common.filters')}
      onFinish={(values) =>
        onSearch({ ...values, name: values.name?.trim() || undefined, jobId: filters.jobId })
      }
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      {runs ? (
        <Form.Item name="outcome" label={t('jobs.outcome')}>
          <Select
            allowClear
            placeholder={t('jobs.anyOutcome')}
            options={jobRunOutcomes.map((outcome) => ({
              value: outcome,
              label: t(`jobs.outcomes.${outcome}`),
            }))}
            style={{ width: 140 }}
          />
        </Form.Item>
      ) : (
        <Form.Item name="status" label={t('jobs.status')}>
          <Select
            allowClear
            placeholder={t('jobs.anyStatus')}
            options={jobStatuses.map((status) => ({ value: status, label: t(`jobs.statuses.${status}`) }))}
            style={{ width: 140 }}
          />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('jobs.name')}>
        <Input allowClear placeholder={t('jobs.namePlaceholder')} maxLength={100} style={{ width: 280 }} />
      </Form.Item>
      <FilterButtons onReset={() => onSearch({})} />
      {runs && filters.jobId ? (
        <Form.Item>
          <Tag
            closable={{ 'aria-label': t('jobs.clearJobFilter') }}
            onClose={() => onSearch({ outcome: filters.outcome, name: filters.name })}
          >
            {t('jobs.jobFilter', { id: filters.jobId.slice(0, 8) })}
          </Tag>
        </Form.Item>
      ) : null}
    </Form>
  );
}
