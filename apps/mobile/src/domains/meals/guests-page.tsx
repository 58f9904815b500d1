import type { GuestMeal, Meal, SessionUser } from '@houqin/contracts';
import { TextArea } from 'antd-mobile';
import { TeamOutline } from 'antd-mobile-icons';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { addDays, shanghaiDate } from '../../lib/zoned';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { useSignedInSession } from '../auth/use-session';
import { GuestMealItem } from './guest-meal-item';
import { MealForm } from './meal-form';
import { MealSlotFields } from './meal-slot-fields';
import { pickedOrCurrentMeal } from './meal-time';
import { formatFen } from './money';
import { MEALS_PATH } from './paths';
import { useCanteens, useGuestMeals, useOrderGuestMeal, useUnits } from './queries';
import { useChosenCanteen } from './use-chosen-canteen';
import './meals.css';

/** 公务接待: order guest meals charged to a paying unit, and the unit's recent orders with their status. */
export function GuestsPage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const canteens = useCanteens();
  const all = canteens.data?.items ?? [];
  const eligible = all.filter((c) => c.eligible && c.active);
  const [canteen, choose] = useChosenCanteen(eligible);
  const today = shanghaiDate(new Date());
  const [date, setDate] = useState(today);
  const [meal, setMeal] = useState<Meal | null>(null);
  const [count, setCount] = useState('');
  const [reason, setReason] = useState('');
  const [payingUnitId, setPayingUnitId] = useState(user.unitId);
  const [errors, setErrors] = useState<{ count?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const order = useOrderGuestMeal();

  let form: ReactNode = null;
  if (canteens.isPending) form = <SkeletonList rows={6} />;
  else if (canteens.isError)
    form = <ErrorState error={canteens.error} onRetry={() => void canteens.refetch()} />;
  else if (!canteen) form = <p className="page-lead">{t('meals.noCanteenDescription')}</p>;
  else {
    const chosenMeal = pickedOrCurrentMeal(canteen.meals, meal, new Date());
    const period = canteen.meals.find((m) => m.meal === chosenMeal);
    const onSubmit = () => {
      setFormError(null);
      setDone(null);
      const guestCount = Number(count);
      const next: typeof errors = {};
      if (!Number.isInteger(guestCount) || guestCount < 1 || guestCount > 500) {
        next.count = t('mealsGuests.guestCountInvalid');
      }
      if (!reason.trim()) next.reason = t('mealsGuests.reasonRequired');
      setErrors(next);
      if (next.count || next.reason) return;
      order.mutate(
        { canteenId: canteen.id, date, meal: chosenMeal, guestCount, reason: reason.trim(), payingUnitId },
        {
          onSuccess: (result: GuestMeal) => {
            setDone(
              result.status === 'pending'
                ? t('mealsGuests.donePending', { count: result.guestCount })
                : t('mealsGuests.doneApproved', { count: result.guestCount }),
            );
            setCount('');
            setReason('');
          },
          onError: (err) => setFormError(parseApiError(err)),
        },
      );
    };
    form = (
      <MealForm
        onSubmit={onSubmit}
        head={
          <h2 id="guest-order" className="list-header">
            {t('mealsGuests.order')}
          </h2>
        }
        labelledBy="guest-order"
        error={formError}
        submitLabel={t('mealsGuests.submit')}
        submitting={order.isPending}
      >
        <MealSlotFields
          id="guest"
          canteens={eligible}
          canteen={canteen}
          onCanteenChange={choose}
          dateLabel={t('mealsGuests.date')}
          date={date}
          minDate={today}
          onDateChange={setDate}
          meal={chosenMeal}
          onMealChange={setMeal}
        />
        <PayingUnitField user={user} value={payingUnitId} onChange={setPayingUnitId} />
        <div className="field">
          <label htmlFor="guest-count" className="field-label">
            {t('mealsGuests.guestCount')}
          </label>
          <input
            id="guest-count"
            className="native-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            value={count}
            aria-invalid={errors.count ? true : undefined}
            aria-describedby="guest-count-note guest-count-error"
            onChange={(e) => setCount(e.target.value)}
          />
          <span id="guest-count-note" className="field-hint">
            {t('mealsGuests.approvalNote', { count: canteen.guestApprovalThreshold })}
            {period && t('mealsGuests.price', { price: formatFen(period.priceGuestFen) })}
          </span>
          <span id="guest-count-error" className="field-error" role="alert">
            {errors.count}
          </span>
        </div>
        <div className="field">
          <label htmlFor="guest-reason" className="field-label">
            {t('mealsGuests.reason')}
          </label>
          <TextArea
            id="guest-reason"
            value={reason}
            maxLength={200}
            rows={2}
            placeholder={t('mealsGuests.reasonPlaceholder')}
            onChange={setReason}
            aria-describedby="guest-reason-error"
          />
          <span id="guest-reason-error" className="field-error" role="alert">
            {errors.reason}
          </span>
        </div>
      </MealForm>
    );
  }

  const names = new Map(all.map((c) => [c.id, c.name]));
  return (
    <Page title={t('mealsGuests.title')} backTo={MEALS_PATH}>
      {form}
      <div role="status">{done && <p className="meal-result">{done}</p>}</div>
      <GuestOrders from={addDays(today, -30)} to={addDays(today, 30)} names={names} />
    </Page>
  );
}

/**
 * 付费单位: a native select of every unit (the phone's own picker), the user's own unit first chosen.
 * Until the units load, or if they cannot, the own unit is the only choice.
 */
function PayingUnitField({
  user,
  value,
  onChange,
}: {
  user: SessionUser;
  value: string;
  onChange: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const own = { id: user.unitId, name: user.unitName };
  const listed = units.data?.items ?? [];
  const options = listed.some((u) => u.id === own.id) ? listed : [own, ...listed];
  return (
    <div className="field">
      <label htmlFor="guest-paying-unit" className="field-label">
        {t('mealsGuests.payingUnit')}
      </label>
      <select
        id="guest-paying-unit"
        className="native-input"
        value={value}
        aria-describedby="guest-paying-unit-note"
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <span id="guest-paying-unit-note" className="field-hint">
        {units.isError && t('mealsGuests.payingUnitsUnavailable')}
      </span>
    </div>
  );
}

function GuestOrders({ from, to, names }: { from: string; to: string; names: Map<string, string> }) {
  const { t } = useTranslation();
  const list = useGuestMeals(from, to);
  let content: ReactNode;
  if (list.isPending) content = <SkeletonList rows={4} />;
  else if (list.isError) content = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0) {
    content = <EmptyState icon={<TeamOutline />} title={t('mealsGuests.emptyTitle')} />;
  } else {
    const items = [...list.data.items].sort((a, b) => b.date.localeCompare(a.date));
    content = (
      <ul className="guest-list">
        {items.map((order) => (
          <GuestMealItem key={order.id} order={order} canteenName={names.get(order.canteenId) ?? ''} />
        ))}
      </ul>
    );
  }
  return (
    <section className="card-section" aria-labelledby="guest-list">
      <h2 id="guest-list" className="list-header">
        {t('mealsGuests.list')}
      </h2>
      {content}
    </section>
  );
}
