import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportInvalidCode } from '../lib/import-row-errors';
import { ImportOutcome } from './ImportOutcome';

interface FileImportModalProps {
  /** whose texts it shows: `<texts>.importTitle`, `.importStep1`, `.downloadTemplate`, … */
  texts: 'users' | 'spaces';
  templateUrl: string;
  /** the file types offered, e.g. '.xlsx,.csv' */
  accept: string;
  width: number;
  /** the import mutation, given the chosen file */
  upload: { mutate: (file: File) => void; isPending: boolean; error: unknown };
  /** the success line once the file went in; null until then */
  imported: string | null;
  invalidCode: ImportInvalidCode;
  onClose: () => void;
}

/** 导入: download the template, upload one filled-in file, see what was imported or which rows to fix. */
export function FileImportModal({
  texts,
  templateUrl,
  accept,
  width,
  upload,
  imported,
  invalidCode,
  onClose,
}: FileImportModalProps) {
  const { t } = useTranslation();

  const pick = (file: File) => {
    upload.mutate(file);
    return false;
  };

  return (
    <Modal
      open
      width={width}
      title={t(`${texts}.importTitle`)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.ok')}</Button>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t(`${texts}.importStep1`)}</Typography.Paragraph>
          <Typography.Link href={templateUrl} download>
            <DownloadOutlined aria-hidden /> {t(`${texts}.downloadTemplate`)}
          </Typography.Link>
        </div>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t(`${texts}.importStep2`)}</Typography.Paragraph>
          <Upload
            accept={accept}
            maxCount={1}
            showUploadList={false}
            beforeUpload={pick}
            disabled={upload.isPending}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              {upload.isPending ? t(`${texts}.importing`) : t(`${texts}.chooseFile`)}
            </Button>
          </Upload>
        </div>
        <div aria-live="polite">
          <ImportOutcome imported={imported} error={upload.error} invalidCode={invalidCode} texts={texts} />
        </div>
      </Space>
    </Modal>
  );
}
