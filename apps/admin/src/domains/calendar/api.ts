import type {
  AdminCalendarDay,
  AdminCalendarYear,
  CalendarImportReport,
  SetCalendarDayInput,
} from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, request } from '../../lib/http';

export const calendarKey = ['calendar'] as const;

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...calendarKey, year],
    queryFn: ({ signal }) => http.get<AdminCalendarYear>('/api/admin/calendar', { year }, signal),
    placeholderData: keepPreviousData,
  });
}

const dayPath = (date: string) => `/api/admin/calendar/days/${encodeURIComponent(date)}`;

/** Puts the changed day into its year's cached list, so the grid updates without a refetch. */
function useAdoptDay() {
  const queryClient = useQueryClient();
  return (day: AdminCalendarDay) => {
    const year = Number(day.date.slice(0, 4));
    queryClient.setQueryData<AdminCalendarYear>([...calendarKey, year], (cached) =>
      cached ? { ...cached, days: cached.days.map((d) => (d.date === day.date ? day : d)) } : cached,
    );
  };
}

export function useSetCalendarDay() {
  const adopt = useAdoptDay();
  return useMutation({
    mutationFn: ({ date, input }: { date: string; input: SetCalendarDayInput }) =>
      request<AdminCalendarDay>('PUT', dayPath(date), { body: input }),
    onSuccess: adopt,
  });
}

export function useResetCalendarDay() {
  const adopt = useAdoptDay();
  return useMutation({
    mutationFn: (date: string) => http.delete<AdminCalendarDay>(dayPath(date)),
    onSuccess: adopt,
  });
}

export function useImportCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => http.post<CalendarImportReport>('/api/admin/calendar/import', { text }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: calendarKey }),
  });
}
