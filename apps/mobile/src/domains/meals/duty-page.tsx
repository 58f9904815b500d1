import type { BookForStaffInput, Meal, PersonSummary } from '@houqin/contracts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { currentLanguage } from '../../lib/i18n';
import { shanghaiDate } from '../../lib/zoned';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { RadioList } from '../../ui/radio-list';
import { SkeletonList } from '../../ui/skeleton-list';
import { useSignedInSession } from '../auth/use-session';
import { dayLabel } from './day-label';
import { MealForm } from './meal-form';
import { MealSlotFields } from './meal-slot-fields';
import { pickedOrCurrentMeal } from './meal-time';
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

  const chosenMeal = pickedOrCurrentMeal(canteen.meals, meal, new Date());

  const onSubmit = () => {
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
      <MealForm
        onSubmit={onSubmit}
        head={
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
        }
        error={formError}
        submitLabel={t('mealsDuty.submit')}
        submitting={book.isPending}
      >
        <MealSlotFields
          id="duty"
          canteens={eligible}
          canteen={canteen}
          onCanteenChange={choose}
          dateLabel={t('mealsDuty.date')}
          date={date}
          onDateChange={setDate}
          meal={chosenMeal}
          onMealChange={setMeal}
        />
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
      </MealForm>
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
