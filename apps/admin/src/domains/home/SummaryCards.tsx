import type { ConsoleSummary } from '@houqin/contracts';
import { Alert, Button, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/errors';
import { formatCount } from '../../lib/format';
import { useSummary } from './api';

const figures: readonly (keyof ConsoleSummary)[] = [
  'units',
  'users',
  'activeUsers',
  'activeSessions',
  'loginsToday',
  'auditEntriesToday',
  'auditUnsealed',
];

/** The real counts from GET /api/admin/summary, one card each. */
export function SummaryCards() {
  const { t, i18n } = useTranslation();
  const summary = useSummary();

  if (summary.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={parseApiError(summary.error)}
        action={<Button onClick={() => void summary.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  return (
    <section aria-label={t('home.overview')}>
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col key={figure} xs={24} sm={12} lg={8} xl={6}>
            <Card>
              <Statistic
                title={t(`home.${figure}`)}
                value={summary.data?.[figure] ?? 0}
                loading={summary.isPending}
                formatter={(value) => formatCount(Number(value), i18n.language)}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
