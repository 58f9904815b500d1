import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCan, useCurrentSession } from '../auth/current-session';
import { SummaryCards } from './SummaryCards';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('home.title')} />
      <Typography.Paragraph>
        {t('home.greeting', { name: user.displayName })} · {t('home.unitLine', { unit: user.unitName })}
      </Typography.Paragraph>
      {can('summary.view') ? (
        <SummaryCards />
      ) : (
        <Typography.Paragraph type="secondary">{t('home.welcome')}</Typography.Paragraph>
      )}
    </>
  );
}
