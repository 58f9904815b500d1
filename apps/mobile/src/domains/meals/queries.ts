import type {
  BookForStaffInput,
  BookMealInput,
  BookWeekInput,
  OrderGuestMealInput,
  RecordWalkInInput,
  RegisterLeaveInput,
  VerifyPassInput,
} from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  bookForStaff,
  bookMeal,
  bookWeek,
  cancelMeal,
  cancelWeek,
  fetchCanteens,
  fetchGuestMeals,
  fetchKitchen,
  fetchMealPass,
  fetchUnits,
  fetchWeek,
  orderGuestMeal,
  rateDish,
  recordWalkIn,
  registerLeave,
  searchPeople,
  verifyPass,
} from './api';
import { mealKeys } from './keys';

export function useCanteens() {
  return useQuery({ queryKey: mealKeys.canteens, queryFn: fetchCanteens, staleTime: 5 * 60_000 });
}

export function useWeek(canteenId: string | null, weekOf: string) {
  return useQuery({
    queryKey: mealKeys.week(canteenId ?? '', weekOf),
    queryFn: () => fetchWeek(canteenId ?? '', weekOf),
    enabled: canteenId !== null,
    placeholderData: keepPreviousData,
  });
}

/** After any booking change: every week view and the kitchen counts are read again. */
function useRefreshMeals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mealKeys.all });
}

export function useToggleMeal() {
  const refresh = useRefreshMeals();
  return useMutation({
    mutationFn: ({ input, book }: { input: BookMealInput; book: boolean }) =>
      book ? bookMeal(input) : cancelMeal(input),
    onSettled: refresh,
  });
}

export function useWeekAction() {
  const refresh = useRefreshMeals();
  return useMutation({
    mutationFn: ({ input, book }: { input: BookWeekInput; book: boolean }) =>
      book ? bookWeek(input) : cancelWeek(input),
    onSettled: refresh,
  });
}

export function useRateDish() {
  const refresh = useRefreshMeals();
  return useMutation({
    mutationFn: ({ dishId, rating }: { dishId: string; rating: number }) => rateDish(dishId, rating),
    onSuccess: refresh,
  });
}

export function useRegisterLeave() {
  const refresh = useRefreshMeals();
  return useMutation({ mutationFn: (input: RegisterLeaveInput) => registerLeave(input), onSuccess: refresh });
}

/** The dining pass: a new one every `refreshAfterSeconds` and whenever the page comes back into view. */
export function useMealPass() {
  return useQuery({
    queryKey: mealKeys.pass,
    queryFn: fetchMealPass,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: (query) => (query.state.data?.refreshAfterSeconds ?? 60) * 1000,
    refetchOnWindowFocus: 'always',
  });
}

export function usePeople(q: string) {
  return useQuery({
    queryKey: mealKeys.people(q),
    queryFn: () => searchPeople(q),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The units to charge guest meals to; they change rarely. */
export function useUnits() {
  return useQuery({ queryKey: mealKeys.units, queryFn: fetchUnits, staleTime: 10 * 60_000 });
}

export function useBookForStaff() {
  const refresh = useRefreshMeals();
  return useMutation({ mutationFn: (input: BookForStaffInput) => bookForStaff(input), onSuccess: refresh });
}

export function useGuestMeals(from: string, to: string) {
  return useQuery({ queryKey: mealKeys.guestMeals(from, to), queryFn: () => fetchGuestMeals(from, to) });
}

export function useOrderGuestMeal() {
  const refresh = useRefreshMeals();
  return useMutation({
    mutationFn: (input: OrderGuestMealInput) => orderGuestMeal(input),
    onSuccess: refresh,
  });
}

export function useVerifyPass() {
  return useMutation({ mutationFn: (input: VerifyPassInput) => verifyPass(input) });
}

export function useRecordWalkIn() {
  return useMutation({ mutationFn: (input: RecordWalkInInput) => recordWalkIn(input) });
}

export function useKitchen(canteenId: string | null) {
  return useQuery({
    queryKey: mealKeys.kitchen(canteenId ?? ''),
    queryFn: () => fetchKitchen(canteenId ?? ''),
    enabled: canteenId !== null,
  });
}
