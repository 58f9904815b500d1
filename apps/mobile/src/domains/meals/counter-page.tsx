import type { Canteen, Meal, VerifyPassInput } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { UserAddOutline } from 'antd-mobile-icons';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { useScreenWakeLock } from '../../lib/use-screen-wake-lock';
import { ErrorState } from '../../ui/error-state';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { SegmentTabs } from '../../ui/segment-tabs';
import { SkeletonList } from '../../ui/skeleton-list';
import { CanteenField } from './canteen-field';
import { mealAt } from './meal-time';
import { formatFen } from './money';
import { MEALS_PATH } from './paths';
import { QrScanner } from './qr-scanner';
import { useCanteens, useRecordWalkIn, useVerifyPass } from './queries';
import { useChosenCanteen } from './use-chosen-canteen';
import { type Verdict, VerdictOverlay } from './verdict-overlay';
import './meals.css';

/** The same QR seen again within this time is the same diner still in front of the camera. */
const SAME_SCAN_MS = 5000;
/** Longer than a short code: what a USB scanner typed into the field is a whole token. */
const MAX_CODE_LENGTH = 20;

/** 核验: scan a dining pass or type its short code; GREEN or RED full screen; record a walk-in. */
export function CounterPage() {
  const { t } = useTranslation();
  useScreenWakeLock();
  const canteens = useCanteens();
  const active = (canteens.data?.items ?? []).filter((c) => c.active);
  const [canteen, choose] = useChosenCanteen(active);

  let body: ReactNode;
  if (canteens.isPending) body = <SkeletonList rows={6} />;
  else if (canteens.isError)
    body = <ErrorState error={canteens.error} onRetry={() => void canteens.refetch()} />;
  else if (!canteen) body = <p className="page-lead">{t('meals.noCanteenTitle')}</p>;
  else {
    body = (
      <>
        <section className="card-section meal-controls-canteen">
          <CanteenField id="counter-canteen" canteens={active} value={canteen.id} onChange={choose} />
        </section>
        <CounterDesk key={canteen.id} canteen={canteen} />
      </>
    );
  }
  return (
    <div className="work-mode">
      <Page title={t('mealsCounter.title')} backTo={MEALS_PATH}>
        {body}
      </Page>
    </div>
  );
}

function CounterDesk({ canteen }: { canteen: Canteen }) {
  const { t } = useTranslation();
  const [meal, setMeal] = useState<Meal>(() => mealAt(canteen.meals, new Date()) ?? 'lunch');
  const [code, setCode] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const lastScan = useRef<{ text: string; at: number } | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const verify = useVerifyPass();
  const walkIn = useRecordWalkIn();
  const period = canteen.meals.find((m) => m.meal === meal);

  const check = (input: Pick<VerifyPassInput, 'token' | 'code'>) =>
    verify.mutate(
      { canteenId: canteen.id, meal, ...input },
      {
        onSuccess: (result) => setVerdict({ kind: 'result', result }),
        onError: (err) => setVerdict({ kind: 'error', message: parseApiError(err) }),
      },
    );

  const onScan = (text: string) => {
    const now = Date.now();
    const last = lastScan.current;
    if (verdict || verify.isPending || (last && last.text === text && now - last.at < SAME_SCAN_MS)) return;
    lastScan.current = { text, at: now };
    check({ token: text });
  };

  const onSubmitCode = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.trim();
    if (!typed || verify.isPending) return;
    check(typed.length > MAX_CODE_LENGTH ? { token: typed } : { code: typed.toUpperCase() });
    setCode('');
  };

  const onWalkIn = () =>
    walkIn.mutate(
      { canteenId: canteen.id, meal },
      {
        onSuccess: (w) => showNotice(t('mealsCounter.walkInDone', { price: formatFen(w.priceFen) })),
        onError: (err) => showNotice(parseApiError(err)),
      },
    );

  const onVerdictDone = () => {
    setVerdict(null);
    codeRef.current?.focus();
  };

  // a diner who did not book here (red 未报餐 or 其他食堂) may still eat: one tap charges them the walk-in price
  const redDiner =
    verdict?.kind === 'result' &&
    (verdict.result.reason === 'not_booked' || verdict.result.reason === 'other_canteen')
      ? verdict.result.diner
      : undefined;
  const walkInAction = redDiner && {
    label: t('mealsCounter.walkInDiner', { price: formatFen(period?.priceWalkInFen ?? 0) }),
    busy: walkIn.isPending,
    onClick: () =>
      walkIn.mutate(
        { canteenId: canteen.id, meal, userId: redDiner.userId },
        {
          onSuccess: (w) => {
            showNotice(
              t('mealsCounter.walkInDinerDone', { name: redDiner.displayName, price: formatFen(w.priceFen) }),
            );
            onVerdictDone();
          },
          onError: (err) => showNotice(parseApiError(err)),
        },
      ),
  };

  return (
    <>
      <section className="card-section counter-meal">
        <SegmentTabs<Meal>
          label={t('mealsCounter.meal')}
          value={meal}
          options={canteen.meals.map((m) => ({ value: m.meal, label: t(`meals.${m.meal}`) }))}
          onChange={setMeal}
        />
      </section>
      <div className="counter-desk">
        <section className="card-section counter-scan" aria-labelledby="counter-scan">
          <h2 id="counter-scan" className="list-header">
            {t('mealsCounter.scanner')}
          </h2>
          <QrScanner paused={verdict !== null || verify.isPending} onScan={onScan} />
        </section>
        <section className="card-section counter-side">
          <form className="counter-code" onSubmit={onSubmitCode}>
            <label htmlFor="counter-code" className="field-label">
              {t('mealsCounter.code')}
            </label>
            <div className="counter-code-row">
              <input
                ref={codeRef}
                id="counter-code"
                className="native-input counter-code-input"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={2000}
                placeholder={t('mealsCounter.codePlaceholder')}
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
              <Button
                type="submit"
                color="primary"
                size="large"
                className="counter-verify"
                loading={verify.isPending}
              >
                {t('mealsCounter.verify')}
              </Button>
            </div>
          </form>
          <Button
            block
            size="large"
            className="counter-walk-in"
            loading={walkIn.isPending}
            onClick={onWalkIn}
          >
            <UserAddOutline aria-hidden="true" /> {t('mealsCounter.walkIn')}{' '}
            <span className="counter-walk-in-price">{formatFen(period?.priceWalkInFen ?? 0)}</span>
          </Button>
          <p className="counter-ready">{t('mealsCounter.ready')}</p>
        </section>
      </div>
      {verdict && (
        <VerdictOverlay verdict={verdict} onDone={onVerdictDone} action={walkInAction || undefined} />
      )}
    </>
  );
}
