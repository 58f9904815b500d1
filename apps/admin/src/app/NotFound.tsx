import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('app.notFound'));
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('app.notFound')}</h1>}
      subTitle={t('app.notFoundHint')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}
