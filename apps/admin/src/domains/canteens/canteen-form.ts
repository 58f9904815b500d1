import type {
  BookingMode,
  Canteen,
  CreateCanteenInput,
  Meal,
  MealPeriod,
  UpdateCanteenInput,
} from '@houqin/contracts';
import { meals } from '@houqin/contracts';
import { fenToYuan, yuanToFen } from './money';

/** 570 → `09:30` */
export function minuteToHhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** `09:30` → 570 */
export function hhmmToMinute(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** One meal as the form holds it: times as `HH:MM`, prices in yuan, and whether it is served at all. */
export interface MealValues {
  served: boolean;
  servesFrom: string;
  servesTo: string;
  cutoffDayOffset: number;
  cutoffTime: string;
  priceStaff: number;
  priceGuest: number;
  priceWalkIn: number;
}

export interface CanteenValues {
  name: string;
  location: string;
  bookingMode: BookingMode;
  servesAll: boolean;
  unitIds: string[];
  guestApprovalThreshold: number;
  active: boolean;
  meals: Record<Meal, MealValues>;
}

/** A new canteen starts with the usual three meals and cutoffs (breakfast the evening before). */
const defaultPeriods: Record<Meal, MealPeriod> = {
  breakfast: {
    meal: 'breakfast',
    servesFromMinute: 7 * 60,
    servesToMinute: 8 * 60 + 30,
    cutoffDayOffset: -1,
    cutoffMinute: 18 * 60,
    priceStaffFen: 300,
    priceGuestFen: 1000,
    priceWalkInFen: 600,
  },
  lunch: {
    meal: 'lunch',
    servesFromMinute: 11 * 60 + 30,
    servesToMinute: 13 * 60,
    cutoffDayOffset: 0,
    cutoffMinute: 9 * 60 + 30,
    priceStaffFen: 1000,
    priceGuestFen: 3000,
    priceWalkInFen: 1800,
  },
  dinner: {
    meal: 'dinner',
    servesFromMinute: 17 * 60 + 30,
    servesToMinute: 19 * 60,
    cutoffDayOffset: 0,
    cutoffMinute: 14 * 60,
    priceStaffFen: 800,
    priceGuestFen: 2500,
    priceWalkInFen: 1500,
  },
};

function mealValues(period: MealPeriod, served: boolean): MealValues {
  return {
    served,
    servesFrom: minuteToHhmm(period.servesFromMinute),
    servesTo: minuteToHhmm(period.servesToMinute),
    cutoffDayOffset: period.cutoffDayOffset,
    cutoffTime: minuteToHhmm(period.cutoffMinute),
    priceStaff: fenToYuan(period.priceStaffFen),
    priceGuest: fenToYuan(period.priceGuestFen),
    priceWalkIn: fenToYuan(period.priceWalkInFen),
  };
}

/** The form starts from the canteen, or from the usual three meals for a new one. */
export function canteenValues(canteen?: Canteen): CanteenValues {
  const periodOf = (meal: Meal) => canteen?.meals.find((p) => p.meal === meal);
  const mealsValues = Object.fromEntries(
    meals.map((meal) => {
      const period = periodOf(meal);
      return [meal, mealValues(period ?? defaultPeriods[meal], canteen ? period !== undefined : true)];
    }),
  ) as Record<Meal, MealValues>;
  return {
    name: canteen?.name ?? '',
    location: canteen?.location ?? '',
    bookingMode: canteen?.bookingMode ?? 'opt_in',
    servesAll: canteen?.servesAll ?? true,
    unitIds: canteen?.unitIds ?? [],
    guestApprovalThreshold: canteen?.guestApprovalThreshold ?? 10,
    active: canteen?.active ?? true,
    meals: mealsValues,
  };
}

function mealPeriod(meal: Meal, values: MealValues): MealPeriod {
  return {
    meal,
    servesFromMinute: hhmmToMinute(values.servesFrom),
    servesToMinute: hhmmToMinute(values.servesTo),
    cutoffDayOffset: values.cutoffDayOffset,
    cutoffMinute: hhmmToMinute(values.cutoffTime),
    priceStaffFen: yuanToFen(values.priceStaff),
    priceGuestFen: yuanToFen(values.priceGuest),
    priceWalkInFen: yuanToFen(values.priceWalkIn),
  };
}

/** What is sent on create: served meals only, in meal order; the units only when not serving everyone. */
export function createCanteenInput(values: CanteenValues): CreateCanteenInput {
  return {
    name: values.name.trim(),
    location: values.location.trim() || null,
    bookingMode: values.bookingMode,
    servesAll: values.servesAll,
    unitIds: values.servesAll ? [] : values.unitIds,
    guestApprovalThreshold: values.guestApprovalThreshold,
    meals: meals
      .filter((meal) => values.meals[meal].served)
      .map((meal) => mealPeriod(meal, values.meals[meal])),
  };
}

/** On edit everything is sent (meals and units replace what was there), plus active. */
export function updateCanteenInput(values: CanteenValues): UpdateCanteenInput {
  return { ...createCanteenInput(values), active: values.active };
}

/** `HH:MM` choices every 5 minutes of one day (00:00–23:55). */
export function timeChoices(): string[] {
  return Array.from({ length: 288 }, (_, i) => minuteToHhmm(i * 5));
}
