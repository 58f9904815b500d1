import { useTranslation } from 'react-i18next';
import { timeLeft } from './meal-time';

/** 还剩 2 小时 15 分截止 / 已截止. */
export function CutoffText({ id, cutoffAt, now }: { id?: string; cutoffAt: string; now: Date }) {
  const { t } = useTranslation();
  const left = timeLeft(cutoffAt, now);
  let text: string;
  if (left.passed) text = t('mealsWeek.cutoffPassed');
  else if (left.days > 0) text = t('mealsWeek.leftDays', { ...left });
  else if (left.hours > 0) text = t('mealsWeek.leftHours', { ...left });
  else if (left.minutes > 0) text = t('mealsWeek.leftMinutes', { ...left });
  else text = t('mealsWeek.leftSoon');
  const urgent = !left.passed && left.days === 0 && left.hours === 0;
  return (
    <span id={id} className={`meal-cutoff${left.passed ? ' is-passed' : urgent ? ' is-urgent' : ''}`}>
      {text}
    </span>
  );
}
