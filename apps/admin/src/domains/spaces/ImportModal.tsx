import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { SpacesImportReport } from '@houqin/contracts';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { useImportSpaces } from './api';
import { spacesImportErrors } from './import-errors';

const TEMPLATE_URL = '/api/admin/spaces/import-template.xlsx';

/** 导入: the template, then one file; the whole file is imported or nothing, with the rows to fix. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importSpaces = useImportSpaces();

  const pick = (file: File) => {
    importSpaces.mutate(file);
    return false;
  };

  return (
    <Modal
      open
      width={760}
      title={t('spaces.importTitle')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.ok')}</Button>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('spaces.importStep1')}</Typography.Paragraph>
          <Typography.Link href={TEMPLATE_URL} download>
            <DownloadOutlined aria-hidden /> {t('spaces.downloadTemplate')}
          </Typography.Link>
        </div>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('spaces.importStep2')}</Typography.Paragraph>
          <Upload
            accept=".xlsx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={pick}
            disabled={importSpaces.isPending}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={importSpaces.isPending}>
              {importSpaces.isPending ? t('spaces.importing') : t('spaces.chooseFile')}
            </Button>
          </Upload>
        </div>
        <div aria-live="polite">
          <ImportOutcome report={importSpaces.data} error={importSpaces.error} />
        </div>
      </Space>
    </Modal>
  );
}

function ImportOutcome({ report, error }: { report: SpacesImportReport | undefined; error: unknown }) {
  const { t } = useTranslation();
  if (report) {
    return <Alert type="success" showIcon title={t('spaces.imported', report)} />;
  }
  if (!error) return null;
  const rows = spacesImportErrors(error);
  if (!rows) return <Alert type="error" showIcon title={parseApiError(error)} />;
  return (
    <>
      <Alert
        type="error"
        showIcon
        title={t('spaces.importInvalid', { count: rows.length })}
        style={{ marginBottom: 12 }}
      />
      <Table
        size="small"
        rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        columns={[
          { key: 'row', title: t('spaces.importRow'), dataIndex: 'row', width: 80 },
          { key: 'field', title: t('spaces.importField'), dataIndex: 'field', width: 140 },
          { key: 'message', title: t('spaces.importMessage'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
