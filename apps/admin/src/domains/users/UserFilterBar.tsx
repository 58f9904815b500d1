import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterButtons } from '../../components/FilterButtons';
import { useRoleOptions } from '../../components/role-options';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { UserFilters } from './filters';

type Values = Omit<UserFilters, 'page' | 'pageSize'>;

interface Props {
  filters: UserFilters;
  showUnit: boolean;
  onSearch: (values: Values) => void;
}

/** Keyword, unit, role and status; 查询 applies them from page 1, 重置 clears them. */
export function UserFilterBar({ filters, showUnit, onSearch }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const roleOptions = useRoleOptions();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({ q: filters.q, unitId: filters.unitId, role: filters.role, active: filters.active });
  }, [form, filters.q, filters.unitId, filters.role, filters.active]);

  return (
    <Form
      form={form}
      name="filters"
      layout="inline"
      aria-label={t('common.filters')}
      onFinish={(values) => onSearch({ ...values, q: values.q?.trim() || undefined })}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="q" label={t('users.keyword')}>
        <Input allowClear placeholder={t('users.keywordPlaceholder')} maxLength={64} style={{ width: 240 }} />
      </Form.Item>
      {showUnit ? (
        <Form.Item name="unitId" label={t('users.unit')}>
          <UnitTreeSelect allowClear placeholder={t('users.anyUnit')} style={{ width: 200 }} />
        </Form.Item>
      ) : null}
      <Form.Item name="role" label={t('users.roles')}>
        <Select allowClear placeholder={t('users.anyRole')} options={roleOptions} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="active" label={t('users.status')}>
        <Select
          allowClear
          placeholder={t('users.anyStatus')}
          options={[
            { value: 'true', label: t('users.filterActive') },
            { value: 'false', label: t('users.filterInactive') },
          ]}
          style={{ width: 140 }}
        />
      </Form.Item>
      <FilterButtons onReset={() => onSearch({})} />
    </Form>
  );
}
