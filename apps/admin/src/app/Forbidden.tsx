import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('app.forbidden'));
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('app.forbidden')}</h1>}
      subTitle={t('app.forbiddenHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}
