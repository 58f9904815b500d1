import type { VerifyResult } from '@houqin/contracts';
import { CheckCircleOutline, CloseCircleOutline } from 'antd-mobile-icons';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/format';

/** What the counter shows after a scan: the server's verdict, or a failure to ask for one. */
export type Verdict = { kind: 'result'; result: VerifyResult } | { kind: 'error'; message: string };

/** How long a verdict stays before the counter is ready for the next diner. */
export const VERDICT_MS = 3000;
/** Longer when the staff may act on it (record the diner as a walk-in). */
export const VERDICT_WITH_ACTION_MS = 8000;

interface VerdictOverlayProps {
  verdict: Verdict;
  onDone: () => void;
  /** a second button, e.g. 记为散客 for a diner who did not book */
  action?: { label: string; onClick: () => void; busy: boolean };
}

/** Full-screen GREEN (name, 已核销) or RED (the reason in words) for a few seconds; a tap ends it sooner. */
export function VerdictOverlay({ verdict, onDone, action }: VerdictOverlayProps) {
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const green = verdict.kind === 'result' && verdict.result.result === 'green';
  const withAction = action !== undefined;
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => {
    buttonRef.current?.focus();
    // browsers refuse (and log) vibration before the user has touched the page
    if (navigator.userActivation?.hasBeenActive) navigator.vibrate?.(green ? 80 : [200, 100, 200]);
    const timer = setTimeout(() => onDoneRef.current(), withAction ? VERDICT_WITH_ACTION_MS : VERDICT_MS);
    return () => clearTimeout(timer);
  }, [green, withAction]);

  let headline: string;
  let detail: string | null = null;
  const diner = verdict.kind === 'result' ? verdict.result.diner : undefined;
  if (verdict.kind === 'error') {
    headline = t('mealsCounter.red');
    detail = verdict.message;
  } else if (green) {
    headline = t('mealsCounter.green');
    const kind = verdict.result.kind;
    if (kind === 'duty' || kind === 'overtime') detail = t(`mealsCounter.${kind}`);
  } else {
    const { reason, bookedCanteenName, servedAt } = verdict.result;
    headline =
      reason === 'other_canteen' && bookedCanteenName
        ? t('mealsCounter.reason_other_canteen_named', { canteen: bookedCanteenName })
        : t(`mealsCounter.reason_${reason ?? 'invalid'}`);
    if (reason === 'already_served' && servedAt)
      detail = t('mealsCounter.servedAt', { time: formatTime(servedAt) });
  }

  return (
    <div className={`verdict ${green ? 'verdict-green' : 'verdict-red'}`} role="alert">
      <span className="verdict-icon" aria-hidden="true">
        {green ? <CheckCircleOutline /> : <CloseCircleOutline />}
      </span>
      {diner && (
        <p className="verdict-diner">
          {diner.displayName}
          <span className="verdict-unit">{diner.unitName}</span>
        </p>
      )}
      <p className="verdict-headline">{headline}</p>
      {detail && <p className="verdict-detail">{detail}</p>}
      <div className="verdict-actions">
        {action && (
          <button type="button" className="verdict-action" onClick={action.onClick} disabled={action.busy}>
            {action.label}
          </button>
        )}
        <button ref={buttonRef} type="button" className="verdict-next" onClick={onDone}>
          {t('mealsCounter.next')}
        </button>
      </div>
    </div>
  );
}
