import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Query, withQuery } from '../lib/http';

/** 导出 Excel: downloads `path` with exactly the filters on screen. */
export function ExportButton({ path, filters }: { path: string; filters: Query }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      onClick={() => window.location.assign(withQuery(path, filters))}
    >
      {t('common.exportExcel')}
    </Button>
  );
}
