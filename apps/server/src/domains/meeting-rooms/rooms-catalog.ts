import type { MeetingRoom } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import type { AppContext } from '../../platform/context';
import { findRoomPhotos, findUserNames, MEETING_ROOM_FILES } from './room-settings-repository';
import { findMeetingRoomRows, type MeetingRoomFilter, type MeetingRoomRow } from './rooms-repository';
import { meetingRoomCatalog } from './tables';

export interface RoomExtras {
  approverNames: Map<string, string>;
  photos: Map<string, MeetingRoom['photos']>;
}

/** Approver names and photos of the listed rooms: two queries whatever the number of rooms. */
export async function loadRoomExtras(db: Executor, rows: MeetingRoomRow[]): Promise<RoomExtras> {
  const approverIds = [...new Set(rows.flatMap((r) => r.approverIds))];
  const [approverNames, photoRows] = await Promise.all([
    findUserNames(db, approverIds),
    findRoomPhotos(
      db,
      rows.map((r) => r.roomId),
      MEETING_ROOM_FILES,
    ),
  ]);
  const photos = new Map<string, MeetingRoom['photos']>();
  for (const p of photoRows) {
    const list = photos.get(p.roomId) ?? [];
    list.push({
      id: p.id,
      url: `/api/files/${p.id}`,
      thumbnailUrl: p.hasThumbnail ? `/api/files/${p.id}/thumbnail` : null,
    });
    photos.set(p.roomId, list);
  }
  return { approverNames, photos };
}

interface Catalog {
  version: number;
  rows: MeetingRoomRow[];
  extras: RoomExtras;
}

/** Per database (test apps share a process, each with its own database). */
const catalogs = new WeakMap<object, Catalog>();

/**
 * Every meeting room with its approvers' names and photos, read again only when the catalog
 * version moved (triggers bump it on any change to what a listing shows, from any process). The
 * version is read before the rows: a change committed in between makes the next call reload,
 * never serve old rows under a new version.
 */
async function catalogOf(ctx: AppContext): Promise<Catalog> {
  const [current] = await ctx.db.select({ version: meetingRoomCatalog.version }).from(meetingRoomCatalog);
  const version = current?.version ?? -1;
  const cached = catalogs.get(ctx.db);
  if (cached && cached.version === version) return cached;
  const rows = await findMeetingRoomRows(ctx.db, { includeUnbookable: true });
  const catalog = { version, rows, extras: await loadRoomExtras(ctx.db, rows) };
  catalogs.set(ctx.db, catalog);
  return catalog;
}

const matches = (row: MeetingRoomRow, filter: MeetingRoomFilter): boolean =>
  (!filter.ids || filter.ids.includes(row.roomId)) &&
  (!filter.buildingId || row.buildingId === filter.buildingId) &&
  (!filter.minCapacity || row.capacity >= filter.minCapacity) &&
  (!filter.equipment || filter.equipment.every((e) => row.equipment.includes(e))) &&
  (Boolean(filter.includeUnbookable) || (row.bookable && row.active));

/** The meeting rooms matching the filter, in building, floor and number order, from the catalog. */
export async function findCatalogRooms(
  ctx: AppContext,
  filter: MeetingRoomFilter,
): Promise<{ rows: MeetingRoomRow[]; extras: RoomExtras }> {
  const catalog = await catalogOf(ctx);
  return { rows: catalog.rows.filter((r) => matches(r, filter)), extras: catalog.extras };
}
