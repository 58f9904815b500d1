import type {
  BookForStaffInput,
  BookMealInput,
  BookWeekInput,
  BookWeekResult,
  CanteenList,
  GuestMeal,
  KitchenView,
  Meal,
  MealBooking,
  MealLeave,
  MealPass,
  OrderGuestMealInput,
  PersonSummaryList,
  RecordWalkInInput,
  RegisterLeaveInput,
  UnitSummaryList,
  VerifyPassInput,
  VerifyResult,
  WalkIn,
  WeekView,
} from '@houqin/contracts';
import { api } from '../../lib/http';

const id = encodeURIComponent;

export function fetchCanteens(): Promise<CanteenList> {
  return api<CanteenList>('GET', '/api/canteens');
}

export function fetchWeek(canteenId: string, weekOf: string): Promise<WeekView> {
  return api<WeekView>('GET', `/api/canteens/${id(canteenId)}/week?${new URLSearchParams({ weekOf })}`);
}

export function bookMeal(input: BookMealInput): Promise<MealBooking> {
  return api<MealBooking>('POST', '/api/meal-bookings', input);
}

/** Cancels a booking; in an opt-out canteen this is the 不吃 registration. */
export function cancelMeal(input: BookMealInput): Promise<MealBooking> {
  return api<MealBooking>('POST', '/api/meal-bookings/cancel', input);
}

export function bookWeek(input: BookWeekInput): Promise<BookWeekResult> {
  return api<BookWeekResult>('POST', '/api/meal-bookings/week', input);
}

export function cancelWeek(input: BookWeekInput): Promise<BookWeekResult> {
  return api<BookWeekResult>('POST', '/api/meal-bookings/week/cancel', input);
}

export function rateDish(dishId: string, rating: number): Promise<{ ok: true }> {
  return api<{ ok: true }>('POST', `/api/canteen-dishes/${id(dishId)}/rating`, { rating });
}

export function registerLeave(input: RegisterLeaveInput): Promise<MealLeave> {
  return api<MealLeave>('POST', '/api/meal-leaves', input);
}

export function fetchMealPass(): Promise<MealPass> {
  return api<MealPass>('GET', '/api/meal-pass');
}

/** The pass's QR as an image of the server (the token is only readable by the counter). */
export const qrImageUrl = (token: string) => `/api/qr?${new URLSearchParams({ data: token, format: 'svg' })}`;

/** Colleagues by name; an empty query lists the caller's own unit. */
export function searchPeople(q: string): Promise<PersonSummaryList> {
  return api<PersonSummaryList>('GET', `/api/people?${new URLSearchParams({ q })}`);
}

/** Every unit, in the tree's order (for the paying unit of guest meals). */
export function fetchUnits(): Promise<UnitSummaryList> {
  return api<UnitSummaryList>('GET', '/api/units');
}

export function bookForStaff(input: BookForStaffInput): Promise<{ items: MealBooking[] }> {
  return api<{ items: MealBooking[] }>('POST', '/api/meal-bookings/for-staff', input);
}

export function orderGuestMeal(input: OrderGuestMealInput): Promise<GuestMeal> {
  return api<GuestMeal>('POST', '/api/guest-meals', input);
}

export function fetchGuestMeals(from: string, to: string): Promise<{ items: GuestMeal[] }> {
  return api<{ items: GuestMeal[] }>('GET', `/api/guest-meals?${new URLSearchParams({ from, to })}`);
}

export function verifyPass(input: VerifyPassInput): Promise<VerifyResult> {
  return api<VerifyResult>('POST', '/api/canteen-counter/verify', input);
}

export function recordWalkIn(input: RecordWalkInInput): Promise<WalkIn> {
  return api<WalkIn>('POST', '/api/canteen-counter/walk-ins', input);
}

export function fetchKitchen(canteenId: string): Promise<KitchenView> {
  return api<KitchenView>('GET', `/api/canteens/${id(canteenId)}/kitchen`);
}

export const kitchenStreamUrl = (canteenId: string) => `/api/canteens/${id(canteenId)}/kitchen/stream`;

export const headcountXlsxUrl = (canteenId: string, date: string, meal: Meal) =>
  `/api/canteens/${id(canteenId)}/headcount.xlsx?${new URLSearchParams({ date, meal })}`;
