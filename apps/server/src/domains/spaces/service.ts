import type {
  Building,
  BuildingList,
  CreateBuildingInput,
  CreateFloorInput,
  CreateRoomInput,
  Floor,
  ListRoomsQuery,
  Room,
  RoomPage,
  UpdateBuildingInput,
  UpdateFloorInput,
  UpdateRoomInput,
} from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireActor, requireRole } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound, sqlState, violatedConstraint } from '../../platform/errors';
import {
  type BuildingRecord,
  deleteBuildingById,
  deleteFloorById,
  deleteRoomById,
  type FloorRecord,
  findBuildingForUpdate,
  findFloorForShare,
  findFloorForUpdate,
  findRoomForUpdate,
  findRoomRow,
  findRooms,
  insertBuilding,
  insertFloor,
  insertRoom,
  listBuildingTree,
  type RoomRecord,
  type RoomRow,
  updateBuildingById,
  updateFloorById,
  updateRoomById,
} from './repository';

/**
 * Policy: every signed-in user reads the spaces (pickers in every app); the logistics office and
 * system administrators edit buildings and floors; room administrators edit rooms too.
 */
export const assertCanReadSpaces = (caller: Caller): Actor => requireActor(caller);
export const assertCanManageBuildings = (caller: Caller): Actor =>
  requireRole(caller, 'logistics_admin', 'sysadmin');
export const assertCanManageRooms = (caller: Caller): Actor =>
  requireRole(caller, 'logistics_admin', 'sysadmin', 'room_admin');

/** numeric(8,2) comes back as text; the API speaks numbers. */
export const areaText = (area: number) => area.toFixed(2);

export function toRoom(row: RoomRow): Room {
  return {
    id: row.id,
    buildingId: row.buildingId,
    buildingName: row.buildingName,
    floorId: row.floorId,
    floorName: row.floorName,
    floorLevel: row.floorLevel,
    number: row.number,
    name: row.name,
    areaM2: Number(row.areaM2),
    use: row.use,
    active: row.active,
  };
}

const buildingAudit = (b: BuildingRecord) => ({
  name: b.name,
  code: b.code,
  address: b.address,
  sort: b.sort,
});
const floorAudit = (f: FloorRecord) => ({ buildingId: f.buildingId, level: f.level, name: f.name });
const roomAudit = (r: RoomRecord) => ({
  floorId: r.floorId,
  buildingId: r.buildingId,
  number: r.number,
  name: r.name,
  areaM2: Number(r.areaM2),
  use: r.use,
  active: r.active,
});

const issue = (code: 'SPACE_CODE_TAKEN' | 'ROOM_NUMBER_TAKEN' | 'NOT_FOUND', path: string) =>
  new AppError(code, undefined, [{ path, message: code }]);

/**
 * Maps what the database refused to the rule: a unique index (taken name, code, floor level or
 * room number), a foreign key (a parent that vanished on write; children still there on delete).
 */
export function spaceWriteError(err: unknown, op: 'write' | 'delete'): unknown {
  const state = sqlState(err);
  const constraint = violatedConstraint(err);
  if (state === '23505') {
    if (constraint === 'buildings_name_key') return issue('SPACE_CODE_TAKEN', 'body.name');
    if (constraint === 'buildings_code_key') return issue('SPACE_CODE_TAKEN', 'body.code');
    if (constraint === 'floors_building_level_key') return issue('SPACE_CODE_TAKEN', 'body.level');
    if (constraint === 'rooms_building_number_key') return issue('ROOM_NUMBER_TAKEN', 'body.number');
    return err;
  }
  if (state !== '23503') return err;
  if (op === 'delete') return new AppError('SPACE_IN_USE', constraint ? { constraint } : undefined);
  if (constraint === 'floors_building_id_buildings_id_fk') return issue('NOT_FOUND', 'body.buildingId');
  return issue('NOT_FOUND', 'body.floorId');
}

async function guarded<T>(op: 'write' | 'delete', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw spaceWriteError(err, op);
  }
}

const defined = <T extends object>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;

// ---- reading ----

export async function listBuildings(ctx: AppContext, caller: Caller): Promise<BuildingList> {
  assertCanReadSpaces(caller);
  return { items: await listBuildingTree(ctx.db) };
}

export async function listRooms(ctx: AppContext, caller: Caller, query: ListRoomsQuery): Promise<RoomPage> {
  assertCanReadSpaces(caller);
  const { items, total } = await findRooms(ctx.db, query, query);
  return { items: items.map(toRoom), total, page: query.page, pageSize: query.pageSize };
}

async function getBuilding(ctx: AppContext, id: string): Promise<Building> {
  const [b] = await listBuildingTree(ctx.db, { buildingId: id });
  if (!b) throw notFound('building');
  return b;
}

async function getFloor(ctx: AppContext, floor: FloorRecord): Promise<Floor> {
  const b = await getBuilding(ctx, floor.buildingId);
  const f = b.floors.find((x) => x.id === floor.id);
  if (!f) throw notFound('floor');
  return f;
}

async function getRoom(ctx: AppContext, id: string): Promise<Room> {
  const row = await findRoomRow(ctx.db, id);
  if (!row) throw notFound('room');
  return toRoom(row);
}

// ---- writing, in the caller's transaction (the import and the demo seed use these too) ----

export async function createBuildingIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  input: CreateBuildingInput,
): Promise<BuildingRecord> {
  const now = ctx.clock.now();
  const b = await insertBuilding(tx, { ...input, createdAt: now, updatedAt: now });
  await recordAudit(
    tx,
    caller,
    { action: 'building.created', entityType: 'building', entityId: b.id, after: buildingAudit(b) },
    now,
  );
  return b;
}

export async function createFloorIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  input: CreateFloorInput,
): Promise<FloorRecord> {
  const now = ctx.clock.now();
  const f = await insertFloor(tx, { ...input, createdAt: now, updatedAt: now });
  await recordAudit(
    tx,
    caller,
    { action: 'floor.created', entityType: 'floor', entityId: f.id, after: floorAudit(f) },
    now,
  );
  return f;
}

/** Inserts a room on a known floor (its building copied from the floor). */
export async function createRoomOnFloorIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  floor: { id: string; buildingId: string },
  input: Omit<CreateRoomInput, 'floorId'>,
): Promise<RoomRecord> {
  const now = ctx.clock.now();
  const r = await insertRoom(tx, {
    floorId: floor.id,
    buildingId: floor.buildingId,
    number: input.number,
    name: input.name,
    areaM2: areaText(input.areaM2),
    use: input.use,
    active: input.active,
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(
    tx,
    caller,
    { action: 'room.created', entityType: 'room', entityId: r.id, after: roomAudit(r) },
    now,
  );
  return r;
}

// ---- buildings ----

export async function createBuilding(
  ctx: AppContext,
  caller: Caller,
  input: CreateBuildingInput,
): Promise<Building> {
  assertCanManageBuildings(caller);
  const b = await guarded('write', () =>
    ctx.db.transaction((tx) => createBuildingIn(ctx, tx, caller, input)),
  );
  return getBuilding(ctx, b.id);
}

export async function updateBuilding(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateBuildingInput,
): Promise<Building> {
  assertCanManageBuildings(caller);
  const now = ctx.clock.now();
  await guarded('write', () =>
    ctx.db.transaction(async (tx) => {
      const before = await findBuildingForUpdate(tx, id);
      if (!before) throw notFound('building');
      const after = { ...before, ...defined(input) };
      if (JSON.stringify(buildingAudit(before)) === JSON.stringify(buildingAudit(after))) return;
      await updateBuildingById(tx, id, { ...defined(input), updatedAt: now });
      await recordAudit(
        tx,
        caller,
        {
          action: 'building.updated',
          entityType: 'building',
          entityId: id,
          before: buildingAudit(before),
          after: buildingAudit(after),
        },
        now,
      );
    }),
  );
  return getBuilding(ctx, id);
}

/** Deletes a building without floors (the foreign key refuses otherwise: 409 SPACE_IN_USE). */
export async function deleteBuilding(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  assertCanManageBuildings(caller);
  const now = ctx.clock.now();
  await guarded('delete', () =>
    ctx.db.transaction(async (tx) => {
      const before = await findBuildingForUpdate(tx, id);
      if (!before) throw notFound('building');
      await deleteBuildingById(tx, id);
      await recordAudit(
        tx,
        caller,
        { action: 'building.deleted', entityType: 'building', entityId: id, before: buildingAudit(before) },
        now,
      );
    }),
  );
}

// ---- floors ----

export async function createFloor(ctx: AppContext, caller: Caller, input: CreateFloorInput): Promise<Floor> {
  assertCanManageBuildings(caller);
  const f = await guarded('write', () => ctx.db.transaction((tx) => createFloorIn(ctx, tx, caller, input)));
  return getFloor(ctx, f);
}

export async function updateFloor(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateFloorInput,
): Promise<Floor> {
  assertCanManageBuildings(caller);
  const now = ctx.clock.now();
  const floor = await guarded('write', () =>
    ctx.db.transaction(async (tx) => {
      const before = await findFloorForUpdate(tx, id);
      if (!before) throw notFound('floor');
      const after = { ...before, ...defined(input) };
      if (JSON.stringify(floorAudit(before)) === JSON.stringify(floorAudit(after))) return after;
      await updateFloorById(tx, id, { ...defined(input), updatedAt: now });
      await recordAudit(
        tx,
        caller,
        {
          action: 'floor.updated',
          entityType: 'floor',
          entityId: id,
          before: floorAudit(before),
          after: floorAudit(after),
        },
        now,
      );
      return after;
    }),
  );
  return getFloor(ctx, floor);
}

/** Deletes a floor without rooms (the foreign key refuses otherwise: 409 SPACE_IN_USE). */
export async function deleteFloor(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  assertCanManageBuildings(caller);
  const now = ctx.clock.now();
  await guarded('delete', () =>
    ctx.db.transaction(async (tx) => {
      const before = await findFloorForUpdate(tx, id);
      if (!before) throw notFound('floor');
      await deleteFloorById(tx, id);
      await recordAudit(
        tx,
        caller,
        { action: 'floor.deleted', entityType: 'floor', entityId: id, before: floorAudit(before) },
        now,
      );
    }),
  );
}

// ---- rooms ----

export async function createRoom(ctx: AppContext, caller: Caller, input: CreateRoomInput): Promise<Room> {
  assertCanManageRooms(caller);
  const r = await guarded('write', () =>
    ctx.db.transaction(async (tx) => {
      const floor = await findFloorForShare(tx, input.floorId);
      if (!floor) throw issue('NOT_FOUND', 'body.floorId');
      return createRoomOnFloorIn(ctx, tx, caller, floor, input);
    }),
  );
  return getRoom(ctx, r.id);
}

export async function updateRoom(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateRoomInput,
): Promise<Room> {
  assertCanManageRooms(caller);
  const now = ctx.clock.now();
  await guarded('write', () =>
    ctx.db.transaction(async (tx) => {
      const before = await findRoomForUpdate(tx, id);
      if (!before) throw notFound('room');
      const { areaM2, ...rest } = defined(input);
      const set: Partial<RoomRecord> = {
        ...rest,
        ...(areaM2 === undefined ? {} : { areaM2: areaText(areaM2) }),
      };
      const after = { ...before, ...set };
      if (JSON.stringify(roomAudit(before)) === JSON.stringify(roomAudit(after))) return;
      await updateRoomById(tx, id, { ...set, updatedAt: now });
      await recordAudit(
        tx,
        caller,
        {
          action: 'room.updated',
          entityType: 'room',
          entityId: id,
          before: roomAudit(before),
          after: roomAudit(after),
        },
        now,
      );
    }),
  );
  return getRoom(ctx, id);
}

/** Deletes a room; later domains' records that refer to it make the foreign key refuse (409 SPACE_IN_USE). */
export async function deleteRoom(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  assertCanManageRooms(caller);
  const now = ctx.clock.now();
  await guarded('delete', () =>
    ctx.db.transaction(async (tx) => {
      const before = await findRoomForUpdate(tx, id);
      if (!before) throw notFound('room');
      await deleteRoomById(tx, id);
      await recordAudit(
        tx,
        caller,
        { action: 'room.deleted', entityType: 'room', entityId: id, before: roomAudit(before) },
        now,
      );
    }),
  );
}
