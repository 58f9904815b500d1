import type {
  Availability,
  Booking,
  BookingList,
  ChangeResult,
  Closure,
  CreateClosureInput,
  MeetingRoom,
  MeetingRoomList,
  MeetingRoomSettingsInput,
  RoomStats,
  UploadFilesResult,
} from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, request } from '../../lib/http';

export const meetingRoomsKey = ['meeting-rooms'] as const;
const pendingKey = [...meetingRoomsKey, 'pending'] as const;

const enc = encodeURIComponent;
const adminRoomPath = (roomId: string) => `/api/admin/meeting-rooms/${enc(roomId)}`;
const bookingPath = (id: string) => `/api/room-bookings/${enc(id)}`;

/** Every meeting room, bookable or not (console). */
export function useAdminMeetingRooms() {
  return useQuery({
    queryKey: [...meetingRoomsKey, 'admin'],
    queryFn: ({ signal }) => http.get<MeetingRoomList>('/api/admin/meeting-rooms', undefined, signal),
  });
}

/** Makes a spaces room a meeting room, or changes its rules. */
export function useSaveMeetingRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roomId, input }: { roomId: string; input: MeetingRoomSettingsInput }) =>
      request<MeetingRoom>('PUT', adminRoomPath(roomId), { body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingRoomsKey }),
  });
}

/** Room photos go through the files API first; the settings then name their ids. */
export function useUploadPhoto() {
  return useMutation({
    mutationFn: (file: File) => http.upload<UploadFilesResult>('/api/files', 'files', file, file.name),
  });
}

export type ClosureWithAffected = Closure & { affected: Booking[] };

const closuresKey = (roomId: string) => [...meetingRoomsKey, 'closures', roomId] as const;

export function useClosures(roomId: string) {
  return useQuery({
    queryKey: closuresKey(roomId),
    queryFn: ({ signal }) =>
      http.get<{ items: ClosureWithAffected[] }>(`${adminRoomPath(roomId)}/closures`, undefined, signal),
  });
}

export function useCreateClosure(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateClosureInput) =>
      http.post<{ closure: Closure; affected: Booking[] }>(`${adminRoomPath(roomId)}/closures`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: closuresKey(roomId) }),
  });
}

export function useDeleteClosure(roomId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => http.delete<{ ok: true }>(`/api/admin/meeting-closures/${enc(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: closuresKey(roomId) }),
  });
}

/** Cancels one occurrence (e.g. one inside a closure), telling the booker why. */
export function useCancelBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      http.post<ChangeResult>(`${bookingPath(id)}/cancel`, { scope: 'this', reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingRoomsKey }),
  });
}

/** Pending bookings the caller may decide (the API decides who approves what). */
export function usePendingBookings(roomId: string | undefined) {
  return useQuery({
    queryKey: [...pendingKey, roomId ?? null],
    queryFn: ({ signal }) => http.get<BookingList>('/api/room-bookings/pending', { roomId }, signal),
    placeholderData: keepPreviousData,
  });
}

export type DecisionScope = 'this' | 'series';

export function useDecideBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      scope,
      reason,
    }: {
      id: string;
      decision: 'approve' | 'reject';
      scope: DecisionScope;
      reason?: string;
    }) => http.post<ChangeResult>(`${bookingPath(id)}/${decision}`, { scope, ...(reason ? { reason } : {}) }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingRoomsKey }),
  });
}

export function useRoomStats(range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...meetingRoomsKey, 'statistics', range],
    queryFn: ({ signal }) => http.get<RoomStats>('/api/admin/meeting-rooms/statistics', range, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAvailability(query: { date: string; buildingId?: string }) {
  return useQuery({
    queryKey: [...meetingRoomsKey, 'availability', query],
    queryFn: ({ signal }) => http.get<Availability>('/api/rooms/availability', query, signal),
    placeholderData: keepPreviousData,
  });
}
