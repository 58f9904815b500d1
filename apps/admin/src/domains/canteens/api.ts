import type {
  Canteen,
  CanteenDay,
  CanteenList,
  CanteenStats,
  CopyWeekResult,
  CreateCanteenInput,
  GuestMeal,
  HeadcountSheet,
  Meal,
  Menu,
  MenuList,
  SaveMenuInput,
  SetCanteenDayInput,
  Statement,
  UpdateCanteenInput,
  UploadFilesResult,
} from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, request } from '../../lib/http';

export const canteensKey = ['canteens'] as const;

const enc = encodeURIComponent;
const adminCanteenPath = (id: string) => `/api/admin/canteens/${enc(id)}`;
const menuPath = (canteenId: string, date: string, meal: Meal) =>
  `${adminCanteenPath(canteenId)}/menus/${enc(date)}/${meal}`;

/** Every canteen (managers see inactive ones too). */
export function useCanteens() {
  return useQuery({
    queryKey: [...canteensKey, 'list'],
    queryFn: ({ signal }) => http.get<CanteenList>('/api/canteens', undefined, signal),
  });
}

export function useSaveCanteen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateCanteenInput | UpdateCanteenInput }) =>
      id
        ? http.patch<Canteen>(adminCanteenPath(id), input)
        : http.post<Canteen>('/api/admin/canteens', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...canteensKey, 'list'] }),
  });
}

const daysKey = (canteenId: string) => [...canteensKey, 'days', canteenId] as const;

/** Open and closed days (calendar + overrides); only active canteens have them. */
export function useCanteenDays(canteenId: string | undefined, range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...daysKey(canteenId ?? ''), range],
    queryFn: ({ signal }) =>
      http.get<CanteenDay[]>(`/api/canteens/${enc(canteenId ?? '')}/days`, range, signal),
    enabled: canteenId !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Opens or closes one day whatever the calendar says (`input`), or gives it back to the calendar (null). */
export function useChangeCanteenDay(canteenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, input }: { date: string; input: SetCanteenDayInput | null }) => {
      const path = `${adminCanteenPath(canteenId)}/days/${enc(date)}`;
      return input ? request<CanteenDay>('PUT', path, { body: input }) : http.delete<CanteenDay>(path);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: daysKey(canteenId) }),
  });
}

const menusKey = (canteenId: string) => [...canteensKey, 'menus', canteenId] as const;

/** Drafts and published menus of a date range (managers see drafts). */
export function useMenus(canteenId: string | undefined, range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...menusKey(canteenId ?? ''), range],
    queryFn: ({ signal }) => http.get<MenuList>(`/api/canteens/${enc(canteenId ?? '')}/menus`, range, signal),
    enabled: canteenId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSaveMenu(canteenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, meal, input }: { date: string; meal: Meal; input: SaveMenuInput }) =>
      request<Menu>('PUT', menuPath(canteenId, date, meal), { body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: menusKey(canteenId) }),
  });
}

export function usePublishMenu(canteenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, meal }: { date: string; meal: Meal }) =>
      http.post<Menu>(`${menuPath(canteenId, date, meal)}/publish`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: menusKey(canteenId) }),
  });
}

export function useCopyLastWeek(canteenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weekOf: string) =>
      http.post<CopyWeekResult>(`${adminCanteenPath(canteenId)}/menus/copy-week`, { weekOf }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: menusKey(canteenId) }),
  });
}

/** Dish photos go through the files API first; the menu then names their ids. */
export function useUploadDishPhoto() {
  return useMutation({
    mutationFn: (file: File) => http.upload<UploadFilesResult>('/api/files', 'files', file, file.name),
  });
}

const guestMealsKey = [...canteensKey, 'guest-meals'] as const;

export function usePendingGuestMeals(range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...guestMealsKey, range],
    queryFn: ({ signal }) =>
      http.get<{ items: GuestMeal[] }>('/api/guest-meals', { ...range, status: 'pending' }, signal),
  });
}

export function useDecideGuestMeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'reject' }) =>
      http.post<GuestMeal>(`/api/guest-meals/${enc(id)}/${decision}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: guestMealsKey }),
  });
}

export type HeadcountQuery = { canteenId: string; date: string; meal: Meal };

export const headcountPath = (canteenId: string, suffix = '') =>
  `/api/canteens/${enc(canteenId)}/headcount${suffix}`;

/** The count locked at the meal's cutoff; 404 until then. */
export function useHeadcount(query: HeadcountQuery | undefined) {
  return useQuery({
    queryKey: [...canteensKey, 'headcount', query],
    queryFn: ({ signal }) =>
      http.get<HeadcountSheet>(
        headcountPath(query?.canteenId ?? ''),
        { date: query?.date, meal: query?.meal },
        signal,
      ),
    enabled: query !== undefined,
  });
}

export function useCanteenStats(query: { from: string; to: string; canteenId?: string }) {
  return useQuery({
    queryKey: [...canteensKey, 'stats', query],
    queryFn: ({ signal }) => http.get<CanteenStats>('/api/admin/canteen-stats', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStatement(query: { month: string; canteenId?: string }) {
  return useQuery({
    queryKey: [...canteensKey, 'statement', query],
    queryFn: ({ signal }) => http.get<Statement>('/api/canteen-statements', query, signal),
    placeholderData: keepPreviousData,
  });
}
