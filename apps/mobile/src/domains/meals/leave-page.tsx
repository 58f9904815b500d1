import type { MealLeave } from '@houqin/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { currentLanguage } from '../../lib/i18n';
import { shanghaiDate } from '../../lib/zoned';
import { DateField } from '../../ui/date-field';
import { Page } from '../../ui/page';
import { RadioList } from '../../ui/radio-list';
import { dayLabel } from './day-label';
import { MealForm } from './meal-form';
import { MEALS_PATH } from './paths';
import { useRegisterLeave } from './queries';
import './meals.css';

type LeaveKind = MealLeave['kind'];

/** 请假/出差: a date range whose meals are cancelled in one go; says how many were. */
export function LeavePage() {
  const { t } = useTranslation();
  const today = shanghaiDate(new Date());
  const [kind, setKind] = useState<LeaveKind>('leave');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<MealLeave | null>(null);
  const register = useRegisterLeave();

  const onSubmit = () => {
    setFormError(null);
    setDone(null);
    if (!from || !to) return setFieldError(t('mealsLeave.dateRequired'));
    if (to < from) return setFieldError(t('mealsLeave.toAfterFrom'));
    setFieldError(null);
    register.mutate(
      { from, to, kind },
      { onSuccess: setDone, onError: (err) => setFormError(parseApiError(err)) },
    );
  };

  const language = currentLanguage();
  return (
    <Page title={t('mealsLeave.title')} backTo={MEALS_PATH}>
      <p className="page-lead">{t('mealsLeave.lead')}</p>
      <MealForm
        onSubmit={onSubmit}
        head={
          <RadioList<LeaveKind>
            name="leave-kind"
            legend={t('mealsLeave.kind')}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'leave', label: t('mealsLeave.leave') },
              { value: 'business_trip', label: t('mealsLeave.business_trip') },
            ]}
          />
        }
        error={formError}
        submitLabel={t('mealsLeave.submit')}
        submitting={register.isPending}
      >
        <div className="finder-row">
          <DateField
            id="leave-from"
            label={t('mealsLeave.from')}
            value={from}
            onChange={setFrom}
            aria-describedby="leave-error"
          />
          <DateField
            id="leave-to"
            label={t('mealsLeave.to')}
            value={to}
            min={from || undefined}
            onChange={setTo}
            aria-describedby="leave-error"
          />
        </div>
        <p id="leave-error" className="field-error" role="alert">
          {fieldError}
        </p>
      </MealForm>
      <div role="status" className="meal-result-host">
        {done && (
          <p className="meal-result">
            {t('mealsLeave.done', {
              kind: t(`mealsLeave.${done.kind}`),
              from: dayLabel(done.from, language),
              to: dayLabel(done.to, language),
              count: done.cancelled,
            })}
          </p>
        )}
      </div>
    </Page>
  );
}
