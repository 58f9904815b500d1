import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportUsers } from './api';
import { ImportResult } from './ImportResult';

const TEMPLATE_URL = '/api/admin/users/import-template.xlsx';

/** 导入: download the template, upload a filled-in file, see what was imported or why nothing was. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const importUsers = useImportUsers();

  const pick = (file: File) => {
    importUsers.mutate(file);
    return false;
  };

  return (
    <Modal
      open
      width={720}
      title={t('users.importTitle')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.ok')}</Button>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('users.importStep1')}</Typography.Paragraph>
          <Typography.Link href={TEMPLATE_URL} download>
            <DownloadOutlined aria-hidden /> {t('users.downloadTemplate')}
          </Typography.Link>
        </div>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('users.importStep2')}</Typography.Paragraph>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            showUploadList={false}
            beforeUpload={pick}
            disabled={importUsers.isPending}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={importUsers.isPending}>
              {importUsers.isPending ? t('users.importing') : t('users.chooseFile')}
            </Button>
          </Upload>
        </div>
        <div aria-live="polite">
          <ImportResult report={importUsers.data} error={importUsers.error} />
        </div>
      </Space>
    </Modal>
  );
}
