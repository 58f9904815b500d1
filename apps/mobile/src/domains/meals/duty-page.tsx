import type { BookForStaffInput, Meal, PersonSummary } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { currentLanguage } from '../../lib/i18n';
import { shanghaiDate } from '../../lib/zoned';
import { DateInput } from '../../ui/date-time-inputs';
import { ErrorState } from '../../ui/error-state';
import { FormAlert } from '../../ui/form-alert';
import { Page } from '../../ui/page';
import { RadioList } from '../../ui/radio-list';
import { SkeletonList } from '../../ui/skeleton-list';
import { useSignedInSession } from '../auth/use-session';
import { CanteenField } from './canteen-field';
import { dayLabel } from './day-label';
import { MealField } from './meal-field';
import { mealAt } from './meal-time';
import { MEALS_PATH } from './paths';
import { useBookForStaff, useCanteens } from './queries';
import { StaffPicker } from './staff-picker';
import { useChosenCanteen } from './use-chosen-canteen';
import './meals.css';

type DutyKind = BookForStaffInput['kind'];

/** 值班餐/加班餐: a unit_admin books one meal for named staff of the unit. */
export function DutyPage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const canteens = useCanteens();
  const eligible = (canteens.data?.items ?? []).filter((c) => c.eligible && c.active);
  const [canteen, choose] = useChosenCanteen(eligible);
  const [date, setDate] = useState(() => shanghaiDate(new Date()));
  const [meal, setMeal] = useState<Meal | null>(null);
  const [kind, setKind] = useState<DutyKind>('duty');
  const [staff, setStaff] = useState<PersonSummary[]>([]);
  const [staffError, setStaffError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const book = useBookForStaff();

  if (canteens.isPending)
    return (
      <Shell>
        <SkeletonList rows={6} />
      </Shell>
    );
  if (canteens.isError) {
    return (
      <Shell>
        <ErrorState error={canteens.error} onRetry={() => void canteens.refetch()} />
      </Shell>
    );
  }
  if (!canteen)
    return (
      <Shell>
        <p className="page-lead">{t('meals.noCanteenDescription')}</p>
      </Shell>
    );

  const meals = canteen.meals.map((m) => m.meal);
  const chosenMeal = meal && meals.includes(meal) ? meal : (mealAt(canteen.meals, new Date()) ?? 'lunch');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setDone(null);
    if (staff.length === 0) return setStaffError(t('mealsDuty.staffRequired'));
    setStaffError(null);
    book.mutate(
      { canteenId: canteen.id, date, meal: chosenMeal, kind, userIds: staff.map((p) => p.id) },
      {
        onSuccess: (result) => {
          setDone(
            t('mealsDuty.done', {
              count: result.items.length,
              kind: t(`mealsDuty.${kind}`),
              date: dayLabel(date, currentLanguage()),
              meal: t(`meals.${chosenMeal}`),
            }),
          );
          setStaff([]);
        },
        onError: (err) => setFormError(parseApiError(err)),
      },
    );
  };

  return (
    <Shell>
      <p className="page-lead">{t('mealsDuty.lead')}</p>
      <form className="card-section meal-form" onSubmit={onSubmit} noValidate>
        <RadioList<DutyKind>
          name="duty-kind"
          legend={t('mealsDuty.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'duty', label: t('mealsDuty.duty') },
            { value: 'overtime', label: t('mealsDuty.overtime') },
          ]}
        />
        <div className="meal-form-fields">
          <CanteenField id="duty-canteen" canteens={eligible} value={canteen.id} onChange={choose} />
          <div className="finder-row">
            <div className="field">
              <label htmlFor="duty-date" className="field-label">
                {t('mealsDuty.date')}
              </label>
              <DateInput id="duty-date" value={date} onChange={setDate} required />
            </div>
            <MealField id="duty-meal" meals={meals} value={chosenMeal} onChange={setMeal} />
          </div>
          <fieldset className="chip-group" aria-describedby="duty-staff-error">
            <legend className="field-label">{t('mealsDuty.staff')}</legend>
            <StaffPicker
              id="duty-staff"
              unitName={user.unitName}
              value={staff}
              onChange={(next) => {
                setStaff(next);
                setStaffError(null);
              }}
            />
          </fieldset>
          <p id="duty-staff-error" className="field-error" role="alert">
            {staffError}
          </p>
          <FormAlert message={formError} />
          <Button block type="submit" color="primary" size="large" loading={book.isPending}>
            {t('mealsDuty.submit')}
          </Button>
        </div>
      </form>
      <div role="status">{done && <p className="meal-result">{done}</p>}</div>
    </Shell>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={t('mealsDuty.title')} backTo={MEALS_PATH}>
      {children}
    </Page>
  );
}
