import type {
  CancelBookingInput,
  ChangeScope,
  CreateBookingInput,
  UpdateBookingInput,
} from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AvailabilityFilter,
  approveBooking,
  cancelBooking,
  checkIn,
  completeServiceTask,
  createBooking,
  createMyCalendarFeed,
  endBooking,
  fetchAvailability,
  fetchBooking,
  fetchCalendarFeeds,
  fetchCheckInStatus,
  fetchMyBookings,
  fetchPendingBookings,
  fetchRoom,
  fetchRoomSchedule,
  fetchServiceTasks,
  previewBooking,
  rejectBooking,
  revokeCalendarFeed,
  searchPeople,
  updateBooking,
} from './api';
import { roomKeys } from './keys';

export function useAvailability(filter: AvailabilityFilter) {
  return useQuery({
    queryKey: roomKeys.availability(filter),
    queryFn: () => fetchAvailability(filter),
    placeholderData: keepPreviousData,
  });
}

export function useRoom(roomId: string) {
  return useQuery({ queryKey: roomKeys.room(roomId), queryFn: () => fetchRoom(roomId) });
}

export function useRoomSchedule(roomId: string, from: string, to: string) {
  return useQuery({
    queryKey: roomKeys.schedule(roomId, from, to),
    queryFn: () => fetchRoomSchedule(roomId, from, to),
    placeholderData: keepPreviousData,
  });
}

export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: roomKeys.people(q),
    queryFn: () => searchPeople(q),
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}

export function useMyBookings(when: 'upcoming' | 'past') {
  return useQuery({ queryKey: roomKeys.mine(when), queryFn: () => fetchMyBookings(when) });
}

export function usePendingBookings() {
  return useQuery({ queryKey: roomKeys.pending, queryFn: fetchPendingBookings });
}

export function useBooking(bookingId: string) {
  return useQuery({ queryKey: roomKeys.booking(bookingId), queryFn: () => fetchBooking(bookingId) });
}

/** After any booking change: lists, timelines and details are read again. */
function useRefreshRooms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: roomKeys.all });
}

export function usePreviewBooking() {
  return useMutation({ mutationFn: (input: CreateBookingInput) => previewBooking(input) });
}

export function useCreateBooking() {
  const refresh = useRefreshRooms();
  return useMutation({ mutationFn: (input: CreateBookingInput) => createBooking(input), onSuccess: refresh });
}

export function useCancelBooking(bookingId: string) {
  const refresh = useRefreshRooms();
  return useMutation({
    mutationFn: (input: CancelBookingInput) => cancelBooking(bookingId, input),
    onSuccess: refresh,
  });
}

export function useUpdateBooking(bookingId: string) {
  const refresh = useRefreshRooms();
  return useMutation({
    mutationFn: (input: UpdateBookingInput) => updateBooking(bookingId, input),
    onSuccess: refresh,
  });
}

export function useEndBooking(bookingId: string) {
  const refresh = useRefreshRooms();
  return useMutation({ mutationFn: () => endBooking(bookingId), onSuccess: refresh });
}

type DecisionScope = Exclude<ChangeScope, 'following'>;

export function useDecideBooking() {
  const refresh = useRefreshRooms();
  return useMutation({
    mutationFn: (input: { bookingId: string; approve: boolean; scope: DecisionScope; reason: string }) =>
      input.approve
        ? approveBooking(input.bookingId, input.scope)
        : rejectBooking(input.bookingId, input.scope, input.reason),
    onSuccess: refresh,
  });
}

export function useCheckInStatus(roomId: string, token: string) {
  return useQuery({
    queryKey: roomKeys.checkIn(roomId, token),
    queryFn: () => fetchCheckInStatus(roomId, token),
    enabled: token.length > 0,
  });
}

export function useCheckIn(roomId: string, token: string) {
  const refresh = useRefreshRooms();
  return useMutation({ mutationFn: () => checkIn(roomId, token), onSuccess: refresh });
}

export function useServiceTasks(day: 'today' | 'tomorrow') {
  return useQuery({ queryKey: roomKeys.tasks(day), queryFn: () => fetchServiceTasks(day) });
}

export function useCompleteServiceTask() {
  const refresh = useRefreshRooms();
  return useMutation({ mutationFn: (taskId: string) => completeServiceTask(taskId), onSuccess: refresh });
}

export function useCalendarFeeds() {
  return useQuery({ queryKey: roomKeys.feeds, queryFn: fetchCalendarFeeds });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMyCalendarFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKeys.feeds }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => revokeCalendarFeed(feedId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKeys.feeds }),
  });
}
