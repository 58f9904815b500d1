import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../lib/errors';

/** 数据加载失败 with the reason, above a list whose query failed; nothing when it did not. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={parseApiError(error)}
      style={{ marginBottom: 16 }}
    />
  );
}
