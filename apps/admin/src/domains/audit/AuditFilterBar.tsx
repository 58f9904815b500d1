import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterButtons } from '../../components/FilterButtons';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { UserSelect } from '../../components/UserSelect';
import { CodeInput } from './CodeInput';
import type { AuditFilters } from './filters';
import { fromShanghaiIso, toShanghaiIso } from './range';
import { knownActions, knownEntityTypes, useAuditLabels } from './vocabulary';

type Filters = Omit<AuditFilters, 'page' | 'pageSize'>;

/** A picked day starts at 00:00 and ends at 23:59 unless a time is chosen. */
const dayBounds = { format: 'HH:mm', defaultOpenValue: [dayjs().startOf('day'), dayjs().endOf('day')] };

interface Values {
  actorId?: string;
  unitId?: string;
  entityType?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toValues(filters: Filters): Values {
  const from = fromShanghaiIso(filters.from);
  const to = fromShanghaiIso(filters.to);
  const { actorId, unitId, entityType, action } = filters;
  return { actorId, unitId, entityType, action, range: from || to ? [from, to] : null };
}

function toFilters({ range, ...values }: Values): Filters {
  const [from, to] = range ?? [];
  return {
    actorId: values.actorId,
    unitId: values.unitId,
    entityType: values.entityType?.trim() || undefined,
    action: values.action?.trim() || undefined,
    from: from ? toShanghaiIso(from, 'from') : undefined,
    to: to ? toShanghaiIso(to, 'to') : undefined,
  };
}

/** Actor, unit, entity type, action and time range (Beijing time, sent with +08:00). */
export function AuditFilterBar({
  filters,
  onSearch,
}: {
  filters: AuditFilters;
  onSearch: (f: Filters) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const labels = useAuditLabels();
  const { actorId, unitId, entityType, action, from, to } = filters;

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues({ actorId, unitId, entityType, action, from, to }));
  }, [form, actorId, unitId, entityType, action, from, to]);

  return (
    <Form
      form={form}
      name="filters"
      layout="inline"
      aria-label={t('common.filters')}
      onFinish={(values) => onSearch(toFilters(values))}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="actorId" label={t('audit.actor')}>
        <UserSelect allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="unitId" label={t('audit.unit')}>
        <UnitTreeSelect allowClear placeholder={t('users.anyUnit')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <CodeInput
          codes={knownEntityTypes}
          labelOf={labels.entityType}
          allowClear
          placeholder={t('audit.entityTypePlaceholder')}
          maxLength={64}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <CodeInput
          codes={knownActions}
          labelOf={labels.action}
          allowClear
          placeholder={t('audit.actionPlaceholder')}
          maxLength={64}
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item name="range" label={t('audit.timeRange')}>
        <DatePicker.RangePicker
          showTime={dayBounds}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          placeholder={[t('audit.startTime'), t('audit.endTime')]}
        />
      </Form.Item>
      <FilterButtons onReset={() => onSearch({})} />
    </Form>
  );
}
