import type { AdminCalendarDay } from '@houqin/contracts';
import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Space,
  Switch,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useSubmitError } from '../../lib/use-submit-error';
import { useResetCalendarDay, useSetCalendarDay } from './api';
import { DayKindTag } from './DayKindTag';
import { dayKind, isEdited } from './grid';
import { useCalendarLabels } from './labels';

interface Values {
  workday: boolean;
  name?: string;
  source: 'admin' | 'local';
}

/** One day: what it is now and where that comes from; set it, or put it back to the default. */
export function DayDrawer({ day, onClose }: { day: AdminCalendarDay; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setDay = useSetCalendarDay();
  const resetDay = useResetCalendarDay();
  const onError = useSubmitError(form);
  const workday = Form.useWatch('workday', form) ?? day.workday;
  const title = useCalendarLabels().dayTitle(day.date);

  const onFinish = (values: Values) => {
    const name = values.name?.trim();
    setDay.mutate(
      {
        date: day.date,
        input: { workday: values.workday, source: values.source, ...(name ? { name } : {}) },
      },
      {
        onSuccess: () => {
          void message.success(t('calendar.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  const onReset = () =>
    resetDay.mutate(day.date, {
      onSuccess: () => {
        void message.success(t('calendar.resetDone'));
        onClose();
      },
      onError: (error) => void message.error(parseApiError(error)),
    });

  return (
    <Drawer
      open
      size={460}
      title={title}
      onClose={onClose}
      footer={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Popconfirm
            title={t('calendar.resetConfirm')}
            description={t('calendar.resetHint')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={onReset}
            disabled={!isEdited(day)}
          >
            <Button danger disabled={!isEdited(day)} loading={resetDay.isPending}>
              {t('calendar.reset')}
            </Button>
          </Popconfirm>
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={setDay.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Space>
        </Flex>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'kind',
            label: t('calendar.current'),
            children: (
              <Space size={4} wrap>
                <DayKindTag kind={dayKind(day)} />
                {day.name ? <span>{day.name}</span> : null}
              </Space>
            ),
          },
          { key: 'source', label: t('calendar.source'), children: t(`calendar.sources.${day.source}`) },
          {
            key: 'official',
            label: t('calendar.officialArrangement'),
            children: day.official ? (
              <Space size={4} wrap>
                <DayKindTag kind={dayKind({ date: day.date, ...day.official })} />
                <span>{day.official.name}</span>
              </Space>
            ) : (
              t('calendar.none')
            ),
          },
          ...(day.updatedAt && day.updatedByName
            ? [
                {
                  key: 'changed',
                  label: t('calendar.lastChange'),
                  children: t('calendar.lastChangeValue', {
                    name: day.updatedByName,
                    time: formatDateTime(day.updatedAt),
                  }),
                },
              ]
            : []),
        ]}
      />
      <Divider />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        {t('calendar.edit')}
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          workday: day.workday,
          name: day.name ?? '',
          source: day.source === 'local' ? 'local' : 'admin',
        }}
        onFinish={onFinish}
      >
        <Form.Item label={t('calendar.workdayField')} htmlFor="calendar-day-workday">
          <Space>
            <Form.Item name="workday" valuePropName="checked" noStyle>
              <Switch id="calendar-day-workday" />
            </Form.Item>
            {/* the state in words, not only the switch's colour */}
            <Typography.Text aria-hidden>
              {workday ? t('calendar.switchOn') : t('calendar.switchOff')}
            </Typography.Text>
          </Space>
        </Form.Item>
        <Form.Item name="name" label={t('calendar.nameField')}>
          <Input maxLength={50} placeholder={t('calendar.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="source" label={t('calendar.sourceField')}>
          <Radio.Group
            options={[
              { value: 'admin', label: t('calendar.sourceAdmin') },
              { value: 'local', label: t('calendar.sourceLocal') },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
