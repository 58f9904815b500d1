import type { CanteenDay } from '@houqin/contracts';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitError } from '../../lib/use-submit-error';
import { useCalendarLabels } from '../calendar/labels';
import { useChangeCanteenDay } from './api';

interface Values {
  open: boolean;
  reason: string;
}

/** One day of a canteen: open or closed whatever the calendar says (with a reason), or back to the calendar. */
export function DayOverrideModal({
  canteenId,
  day,
  onClose,
}: {
  canteenId: string;
  day: CanteenDay;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCalendarLabels();
  const [form] = Form.useForm<Values>();
  const change = useChangeCanteenDay(canteenId);
  const onError = useSubmitError(form);

  const done = (text: string) => () => {
    void message.success(text);
    onClose();
  };
  const onFinish = (values: Values) =>
    change.mutate(
      { date: day.date, input: { open: values.open, reason: values.reason.trim() } },
      { onSuccess: done(t('canteens.days.saved')), onError },
    );
  const onReset = () =>
    change.mutate(
      { date: day.date, input: null },
      { onSuccess: done(t('canteens.days.resetDone')), onError },
    );

  return (
    <Modal
      open
      title={labels.dayTitle(day.date)}
      onCancel={onClose}
      footer={
        <Flex justify="space-between">
          {day.override ? (
            <Popconfirm title={t('canteens.days.resetConfirm')} onConfirm={onReset}>
              <Button>{t('canteens.days.reset')}</Button>
            </Popconfirm>
          ) : (
            <span />
          )}
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={change.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Space>
        </Flex>
      }
    >
      <Typography.Paragraph>
        {t('canteens.days.now', {
          state: day.open ? t('canteens.days.open') : t('canteens.days.closed'),
          reason: day.reason ? `（${day.reason}）` : '',
        })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ open: !day.open, reason: '' }}
        onFinish={onFinish}
      >
        <Form.Item name="open" label={t('canteens.days.setTo')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('canteens.days.openLong') },
              { value: false, label: t('canteens.days.closedLong') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('canteens.days.reason')}
          rules={[{ required: true, whitespace: true, message: t('canteens.days.reasonRequired') }]}
        >
          <Input maxLength={100} placeholder={t('canteens.days.reasonPlaceholder')} autoComplete="off" />
        </Form.Item>
      </Form>
      {day.override ? (
        <Typography.Text type="secondary">{t('canteens.days.resetHint')}</Typography.Text>
      ) : null}
    </Modal>
  );
}
