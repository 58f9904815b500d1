import { type RoomUse, roomUses } from '@houqin/contracts';
import { positiveInt, text } from '../../lib/use-url-filters';

/** ListRoomsQuery as the spaces page keeps it in the address bar. */
export type RoomFilters = {
  buildingId?: string;
  floorId?: string;
  use?: RoomUse;
  q?: string;
  page: number;
  pageSize: number;
};

export function parseRoomFilters(params: URLSearchParams): RoomFilters {
  const use = params.get('use');
  return {
    buildingId: text(params.get('buildingId')),
    floorId: text(params.get('floorId')),
    use: roomUses.find((known) => known === use),
    q: text(params.get('q')),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

/** The same filters without paging, for 导出 Excel. */
export function exportFilters({ page: _page, pageSize: _pageSize, ...filters }: RoomFilters) {
  return filters;
}

/** The tree's key for the building or floor the filters point at (a floor wins). */
export function selectedNodeKey(filters: Pick<RoomFilters, 'buildingId' | 'floorId'>): string | undefined {
  if (filters.floorId) return `floor:${filters.floorId}`;
  if (filters.buildingId) return `building:${filters.buildingId}`;
  return undefined;
}

/** Choosing a tree node narrows the rooms to that building or floor, from page 1. */
export function filtersForNode(
  filters: RoomFilters,
  key: string | undefined,
  buildingOfFloor?: string,
): RoomFilters {
  const base = { ...filters, buildingId: undefined, floorId: undefined, page: 1 };
  if (!key) return base;
  const [kind, id] = key.split(':');
  if (kind === 'building') return { ...base, buildingId: id };
  if (kind === 'floor') return { ...base, buildingId: buildingOfFloor, floorId: id };
  return base;
}
