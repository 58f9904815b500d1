import type {
  Building,
  BuildingList,
  CreateBuildingInput,
  CreateFloorInput,
  CreateRoomInput,
  Floor,
  Room,
  RoomPage,
  SpacesImportReport,
  UpdateBuildingInput,
  UpdateFloorInput,
  UpdateRoomInput,
} from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';
import type { RoomFilters } from './filters';

export const spacesKey = ['spaces'] as const;

export function useBuildings() {
  return useQuery({
    queryKey: [...spacesKey, 'buildings'],
    queryFn: ({ signal }) => http.get<BuildingList>('/api/spaces/buildings', undefined, signal),
    staleTime: 30_000,
  });
}

export function useRooms(filters: RoomFilters) {
  return useQuery({
    queryKey: [...spacesKey, 'rooms', filters],
    queryFn: ({ signal }) => http.get<RoomPage>('/api/spaces/rooms', filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** Any change to a building, floor or room changes the tree's counts and the room lists (meeting rooms too). */
function useInvalidateSpaces() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: spacesKey });
    void queryClient.invalidateQueries({ queryKey: ['meeting-rooms'] });
  };
}

const path = (kind: 'buildings' | 'floors' | 'rooms', id?: string) =>
  id ? `/api/admin/spaces/${kind}/${encodeURIComponent(id)}` : `/api/admin/spaces/${kind}`;

export function useSaveBuilding() {
  const onSuccess = useInvalidateSpaces();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateBuildingInput | UpdateBuildingInput }) =>
      id ? http.patch<Building>(path('buildings', id), input) : http.post<Building>(path('buildings'), input),
    onSuccess,
  });
}

export function useSaveFloor() {
  const onSuccess = useInvalidateSpaces();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateFloorInput | UpdateFloorInput }) =>
      id ? http.patch<Floor>(path('floors', id), input) : http.post<Floor>(path('floors'), input),
    onSuccess,
  });
}

export function useSaveRoom() {
  const onSuccess = useInvalidateSpaces();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateRoomInput | UpdateRoomInput }) =>
      id ? http.patch<Room>(path('rooms', id), input) : http.post<Room>(path('rooms'), input),
    onSuccess,
  });
}

export function useDeleteSpace() {
  const onSuccess = useInvalidateSpaces();
  return useMutation({
    mutationFn: ({ kind, id }: { kind: 'buildings' | 'floors' | 'rooms'; id: string }) =>
      http.delete<{ ok: true }>(path(kind, id)),
    onSuccess,
  });
}

export function useImportSpaces() {
  const onSuccess = useInvalidateSpaces();
  return useMutation({
    mutationFn: (file: File) =>
      http.upload<SpacesImportReport>('/api/admin/spaces/import', 'file', file, file.name),
    onSuccess,
  });
}
