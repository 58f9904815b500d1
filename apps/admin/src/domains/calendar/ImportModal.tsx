import { Alert, App, Button, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { useImportCalendar } from './api';
import { type ImportLineError, importLineErrors } from './import-errors';

/** 导入: paste `YYYY-MM-DD,休|班,name` lines; every line is checked and a bad one imports nothing. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const importCalendar = useImportCalendar();
  const lineErrors = importLineErrors(importCalendar.error);

  const onFinish = ({ text }: { text: string }) =>
    importCalendar.mutate(text, {
      onSuccess: (report) => {
        void message.success(t('calendar.imported', { count: report.imported }));
        onClose();
      },
    });

  return (
    <Modal
      open
      width={760}
      title={t('calendar.importTitle')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={importCalendar.isPending} onClick={() => form.submit()}>
            {t('calendar.importSubmit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('calendar.importHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="text"
          label={t('calendar.importText')}
          rules={[{ required: true, whitespace: true, message: t('calendar.importTextRequired') }]}
        >
          <Input.TextArea
            rows={10}
            maxLength={100_000}
            placeholder={t('calendar.importPlaceholder')}
            spellCheck={false}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
      </Form>
      <div aria-live="polite">
        {importCalendar.isError && lineErrors.length === 0 ? (
          <Alert type="error" showIcon title={parseApiError(importCalendar.error)} />
        ) : null}
        {lineErrors.length > 0 ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="error" showIcon title={t('calendar.importInvalid', { count: lineErrors.length })} />
            <Table<ImportLineError>
              size="small"
              rowKey={(e) => `${e.line}-${e.message}`}
              dataSource={lineErrors}
              pagination={false}
              scroll={{ y: 240 }}
              columns={[
                {
                  key: 'line',
                  title: t('calendar.importLine'),
                  width: 80,
                  render: (_, e) => (e.line > 0 ? e.line : t('calendar.wholeText')),
                },
                {
                  key: 'text',
                  title: t('calendar.importLineText'),
                  render: (_, e) => <Typography.Text code>{e.text || '—'}</Typography.Text>,
                },
                { key: 'message', title: t('calendar.importMessage'), dataIndex: 'message' },
              ]}
            />
          </Space>
        ) : null}
      </div>
    </Modal>
  );
}
