import {
  equipmentKinds,
  type ListMeetingRoomsQuery,
  type MeetingRoom,
  type MeetingRoomList,
  type MeetingRoomSettingsInput,
  type RoomSummary,
} from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { attachFiles, registerFileAccess, releaseFiles } from '../../platform/files';
import type { Locale } from '../../platform/i18n';
import { assertCanManageMeetingRooms, isRoomManager, mayBookRoom } from './policy';
import { fieldError } from './room-messages';
import {
  findActiveUserIdsForShare,
  findApproverIdsOf,
  findExistingUnitIds,
  findMeetingRoomForUpdate,
  findRoomPhotos,
  findSpaceRoomForSettings,
  insertMeetingRoom,
  MEETING_ROOM_FILES,
  type MeetingRoomValues,
  replaceApprovers,
  updateMeetingRoomById,
} from './room-settings-repository';
import { findCatalogRooms, type RoomExtras } from './rooms-catalog';
import type { MeetingRoomFilter, MeetingRoomRecord, MeetingRoomRow } from './rooms-repository';

/** Files attached to a meeting room are its photos; every signed-in user may see them. */
registerFileAccess(MEETING_ROOM_FILES, async () => true);

/** 'HH:MM' ↔ minutes after midnight (open hours are stored as minutes; 24:00 is 1440). */
export const minuteToTime = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
export const timeToMinute = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** What the finder shows of a room (availability); the full room adds its rules and photos. */
export function toRoomSummary(row: MeetingRoomRow, actor: Actor): RoomSummary {
  return {
    id: row.roomId,
    name: row.name,
    number: row.number,
    buildingId: row.buildingId,
    building: row.buildingName,
    floorId: row.floorId,
    floor: row.floorName,
    floorLevel: row.floorLevel,
    capacity: row.capacity,
    equipment: row.equipment as RoomSummary['equipment'],
    requiresApproval: row.requiresApproval,
    checkInRequired: row.checkInRequired,
    mayBook: row.bookable && row.active && mayBookRoom(actor, row),
  };
}

export function toMeetingRoom(row: MeetingRoomRow, actor: Actor, extras: RoomExtras): MeetingRoom {
  return {
    ...toRoomSummary(row, actor),
    bookable: row.bookable && row.active,
    openFrom: minuteToTime(row.openFromMinute),
    openTo: minuteToTime(row.openToMinute),
    workdaysOnly: row.workdaysOnly,
    approvers: row.approverIds.map((id) => ({ id, displayName: extras.approverNames.get(id) ?? '' })),
    bookingScope: row.bookingScope,
    allowedUnitIds: row.allowedUnitIds,
    allowedRoles: row.allowedRoles as MeetingRoom['allowedRoles'],
    minMinutes: row.minMinutes,
    maxMinutes: row.maxMinutes,
    maxDaysAhead: row.maxDaysAhead,
    minNoticeMinutes: row.minNoticeMinutes,
    bufferMinutes: row.bufferMinutes,
    checkInOpensMinutes: row.checkInOpensMinutes,
    noShowMinutes: row.noShowMinutes,
    quotaHoursPerWeek: row.quotaHoursPerWeek,
    pendingHoldHours: row.pendingHoldHours,
    photos: extras.photos.get(row.roomId) ?? [],
  };
}

/** Meeting rooms as the API shows them to this actor. */
export async function loadMeetingRooms(
  ctx: AppContext,
  actor: Actor,
  filter: MeetingRoomFilter,
): Promise<{ rows: MeetingRoomRow[]; rooms: MeetingRoom[] }> {
  const { rows, extras } = await findCatalogRooms(ctx, filter);
  return { rows, rooms: rows.map((r) => toMeetingRoom(r, actor, extras)) };
}

/** GET /api/rooms: bookable rooms (managers may ask for all), each with whether the caller may book it. */
export async function listMeetingRooms(
  ctx: AppContext,
  caller: Caller,
  query: ListMeetingRoomsQuery,
): Promise<MeetingRoomList> {
  const actor = requireActor(caller);
  const { rooms } = await loadMeetingRooms(ctx, actor, {
    buildingId: query.buildingId,
    minCapacity: query.minCapacity,
    equipment: query.equipment,
    includeUnbookable: query.all === 'true' && isRoomManager(actor),
  });
  return { items: rooms };
}

/** One meeting room; a room that is not bookable is visible to the room managers only. */
export async function getMeetingRoom(ctx: AppContext, caller: Caller, id: string): Promise<MeetingRoom> {
  const actor = requireActor(caller);
  const { rooms } = await loadMeetingRooms(ctx, actor, { ids: [id], includeUnbookable: true });
  const room = rooms[0];
  if (!room || (!room.bookable && !isRoomManager(actor))) throw notFound('meeting_room');
  return room;
}

/** GET /api/admin/meeting-rooms: every meeting room, bookable or not. */
export async function listAdminMeetingRooms(ctx: AppContext, caller: Caller): Promise<MeetingRoomList> {
  const actor = assertCanManageMeetingRooms(caller);
  const { rooms } = await loadMeetingRooms(ctx, actor, { includeUnbookable: true });
  return { items: rooms };
}

const settingsAudit = (r: MeetingRoomValues, approverIds: string[], photoFileIds: string[]) => ({
  capacity: r.capacity,
  equipment: r.equipment,
  bookable: r.bookable,
  openFrom: minuteToTime(r.openFromMinute),
  openTo: minuteToTime(r.openToMinute),
  workdaysOnly: r.workdaysOnly,
  requiresApproval: r.requiresApproval,
  approverIds,
  bookingScope: r.bookingScope,
  allowedUnitIds: r.allowedUnitIds,
  allowedRoles: r.allowedRoles,
  minMinutes: r.minMinutes,
  maxMinutes: r.maxMinutes,
  maxDaysAhead: r.maxDaysAhead,
  minNoticeMinutes: r.minNoticeMinutes,
  bufferMinutes: r.bufferMinutes,
  checkInRequired: r.checkInRequired,
  checkInOpensMinutes: r.checkInOpensMinutes,
  noShowMinutes: r.noShowMinutes,
  quotaHoursPerWeek: r.quotaHoursPerWeek,
  pendingHoldHours: r.pendingHoldHours,
  photoFileIds,
});

function toValues(input: MeetingRoomSettingsInput): MeetingRoomValues {
  // in the contract's order, so the same set is the same value (no audit entry for a reordering)
  const equipment = equipmentKinds.filter((k) => input.equipment.includes(k));
  return {
    capacity: input.capacity,
    equipment,
    bookable: input.bookable,
    openFromMinute: timeToMinute(input.openFrom),
    openToMinute: timeToMinute(input.openTo),
    workdaysOnly: input.workdaysOnly,
    requiresApproval: input.requiresApproval,
    bookingScope: input.bookingScope,
    // the lists that do not apply to the scope are kept empty, so a later scope change starts clean
    allowedUnitIds: input.bookingScope === 'units' ? [...new Set(input.allowedUnitIds)] : [],
    allowedRoles: input.bookingScope === 'roles' ? [...new Set(input.allowedRoles)] : [],
    minMinutes: input.minMinutes,
    maxMinutes: input.maxMinutes,
    maxDaysAhead: input.maxDaysAhead,
    minNoticeMinutes: input.minNoticeMinutes,
    bufferMinutes: input.bufferMinutes,
    checkInRequired: input.checkInRequired,
    checkInOpensMinutes: input.checkInOpensMinutes,
    noShowMinutes: input.noShowMinutes,
    quotaHoursPerWeek: input.quotaHoursPerWeek,
    pendingHoldHours: input.pendingHoldHours,
  };
}

async function assertReferencesExist(
  tx: Executor,
  input: MeetingRoomSettingsInput,
  values: MeetingRoomValues,
  locale: Locale,
): Promise<void> {
  if (values.bookingScope === 'units' && values.allowedUnitIds.length === 0) {
    throw fieldError('body.allowedUnitIds', 'unitsRequired', locale);
  }
  if (values.bookingScope === 'roles' && values.allowedRoles.length === 0) {
    throw fieldError('body.allowedRoles', 'rolesRequired', locale);
  }
  const units = await findExistingUnitIds(tx, values.allowedUnitIds);
  const badUnit = input.allowedUnitIds.findIndex((id) => !units.has(id));
  if (values.bookingScope === 'units' && badUnit >= 0) {
    throw fieldError(`body.allowedUnitIds.${badUnit}`, 'unitUnknown', locale);
  }
  const active = await findActiveUserIdsForShare(tx, input.approverIds);
  const badApprover = input.approverIds.findIndex((id) => !active.has(id));
  if (badApprover >= 0) throw fieldError(`body.approverIds.${badApprover}`, 'approverInactive', locale);
}

/**
 * PUT /api/admin/meeting-rooms/:roomId: makes a spaces room a meeting room or updates its policy,
 * approvers and photos, in one transaction with its audit entry. Changing the buffer applies to
 * bookings made from now on (existing bookings keep the slot they hold).
 */
export async function saveMeetingRoom(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  input: MeetingRoomSettingsInput,
  locale: Locale = 'zh-CN',
): Promise<MeetingRoom> {
  const actor = assertCanManageMeetingRooms(caller);
  const now = ctx.clock.now();
  const values = toValues(input);
  const approverIds = [...new Set(input.approverIds)].sort();
  const photoFileIds = [...new Set(input.photoFileIds)];
  const photoSet = [...photoFileIds].sort();
  await ctx.db.transaction(async (tx) => {
    const space = await findSpaceRoomForSettings(tx, roomId);
    if (!space) {
      throw new AppError('NOT_FOUND', { entity: 'room' }, [{ path: 'params.roomId', message: 'NOT_FOUND' }]);
    }
    await assertReferencesExist(tx, input, values, locale);
    const before: MeetingRoomRecord | undefined = await findMeetingRoomForUpdate(tx, roomId);
    const beforeApprovers = before ? await findApproverIdsOf(tx, roomId) : [];
    const currentPhotos = (await findRoomPhotos(tx, [roomId], MEETING_ROOM_FILES)).map((p) => p.id);

    const added = photoFileIds.filter((id) => !currentPhotos.includes(id));
    const removed = currentPhotos.filter((id) => !photoFileIds.includes(id));
    if (added.length > 0) {
      try {
        await attachFiles(tx, {
          fileIds: added,
          entityType: MEETING_ROOM_FILES,
          entityId: roomId,
          actor,
          now,
        });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const bad = (err.details?.fileIds as string[] | undefined)?.[0];
        const index = bad ? input.photoFileIds.indexOf(bad) : 0;
        throw new AppError(err.code, err.details, [
          { path: `body.photoFileIds.${Math.max(0, index)}`, message: err.code },
        ]);
      }
    }
    if (removed.length > 0) {
      await releaseFiles(tx, { entityType: MEETING_ROOM_FILES, entityId: roomId, fileIds: removed });
    }

    const after = settingsAudit(values, approverIds, photoSet);
    if (!before) {
      await insertMeetingRoom(tx, { roomId, ...values, createdAt: now, updatedAt: now });
      await replaceApprovers(tx, roomId, approverIds);
      await recordAudit(
        tx,
        caller,
        { action: 'meeting_room.created', entityType: 'meeting_room', entityId: roomId, after },
        now,
      );
      return;
    }
    const beforeAudit = settingsAudit(before, beforeApprovers, [...currentPhotos].sort());
    if (JSON.stringify(beforeAudit) === JSON.stringify(after)) return;
    await updateMeetingRoomById(tx, roomId, { ...values, updatedAt: now });
    if (JSON.stringify(beforeApprovers) !== JSON.stringify(approverIds)) {
      await replaceApprovers(tx, roomId, approverIds);
    }
    await recordAudit(
      tx,
      caller,
      {
        action: 'meeting_room.updated',
        entityType: 'meeting_room',
        entityId: roomId,
        before: beforeAudit,
        after,
      },
      now,
    );
  });
  return getMeetingRoom(ctx, caller, roomId);
}
