import { Button } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenWakeLock } from '../../lib/use-screen-wake-lock';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { useSignedInSession } from '../auth/use-session';
import { qrImageUrl } from './api';
import { MEALS_PATH } from './paths';
import { useMealPass } from './queries';
import { useNow } from './use-now';
import './meals.css';

/** 就餐码: the QR and the short code shown at the counter, renewed every minute and on return to the page. */
export function PassPage() {
  const { t } = useTranslation();
  useScreenWakeLock();
  const { user } = useSignedInSession();
  const pass = useMealPass();
  const now = useNow(1000);

  let body: ReactNode;
  if (pass.isPending) body = <SkeletonList rows={6} />;
  else if (pass.isError && !pass.data) {
    body = <ErrorState error={pass.error} onRetry={() => void pass.refetch()} />;
  } else {
    const { token, code, refreshAfterSeconds } = pass.data;
    const left = Math.ceil((pass.dataUpdatedAt + refreshAfterSeconds * 1000 - now.getTime()) / 1000);
    const seconds = Math.min(refreshAfterSeconds, Math.max(0, left));
    body = (
      <section className="meal-pass" aria-labelledby="meal-pass-name">
        <p id="meal-pass-name" className="meal-pass-name">
          {user.displayName}
          <span className="meal-pass-unit">{user.unitName}</span>
        </p>
        <img
          className="meal-pass-qr"
          src={qrImageUrl(token)}
          alt={t('mealsPass.qrAlt')}
          width={240}
          height={240}
        />
        <p className="meal-pass-hint">{t('mealsPass.hint')}</p>
        <dl className="meal-pass-code-block">
          <dt className="meal-pass-code-label">{t('mealsPass.code')}</dt>
          <dd className="meal-pass-code">{code}</dd>
        </dl>
        <p className="meal-pass-refresh" role="status">
          {pass.isFetching ? t('mealsPass.refreshing') : t('mealsPass.refreshIn', { seconds })}
        </p>
        <Button fill="outline" color="primary" onClick={() => void pass.refetch()} disabled={pass.isFetching}>
          {t('mealsPass.refresh')}
        </Button>
        <p className="meal-pass-note">{t('mealsPass.screenshotNote')}</p>
      </section>
    );
  }

  return (
    <Page title={t('mealsPass.title')} backTo={MEALS_PATH}>
      {body}
    </Page>
  );
}
