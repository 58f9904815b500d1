import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { buildings, floors, rooms } from './tables';

export type BuildingRecord = typeof buildings.$inferSelect;
export type FloorRecord = typeof floors.$inferSelect;
export type RoomRecord = typeof rooms.$inferSelect;

export interface RoomFilter {
  buildingId?: string | undefined;
  floorId?: string | undefined;
  use?: RoomRecord['use'] | undefined;
  q?: string | undefined;
}

export interface RoomRow extends RoomRecord {
  buildingName: string;
  floorName: string;
  floorLevel: number;
}

export async function insertBuilding(
  tx: Executor,
  values: typeof buildings.$inferInsert,
): Promise<BuildingRecord> {
  const [row] = await tx.insert(buildings).values(values).returning();
  if (!row) throw new Error('insert into buildings returned no row');
  return row;
}

export async function insertFloor(tx: Executor, values: typeof floors.$inferInsert): Promise<FloorRecord> {
  const [row] = await tx.insert(floors).values(values).returning();
  if (!row) throw new Error('insert into floors returned no row');
  return row;
}

export async function insertRoom(tx: Executor, values: typeof rooms.$inferInsert): Promise<RoomRecord> {
  const [row] = await tx.insert(rooms).values(values).returning();
  if (!row) throw new Error('insert into rooms returned no row');
  return row;
}

export async function findBuildingForUpdate(tx: Executor, id: string): Promise<BuildingRecord | undefined> {
  const [row] = await tx.select().from(buildings).where(eq(buildings.id, id)).for('update');
  return row;
}

export async function findFloorForUpdate(tx: Executor, id: string): Promise<FloorRecord | undefined> {
  const [row] = await tx.select().from(floors).where(eq(floors.id, id)).for('update');
  return row;
}

/** The floor, held (FOR KEY SHARE) so it cannot be deleted before the room that names it is written. */
export async function findFloorForShare(tx: Executor, id: string): Promise<FloorRecord | undefined> {
  const [row] = await tx.select().from(floors).where(eq(floors.id, id)).for('key share');
  return row;
}

export async function findRoomForUpdate(tx: Executor, id: string): Promise<RoomRecord | undefined> {
  const [row] = await tx.select().from(rooms).where(eq(rooms.id, id)).for('update');
  return row;
}

export async function updateBuildingById(tx: Executor, id: string, set: Partial<BuildingRecord>) {
  await tx.update(buildings).set(set).where(eq(buildings.id, id));
}
export async function updateFloorById(tx: Executor, id: string, set: Partial<FloorRecord>) {
  await tx.update(floors).set(set).where(eq(floors.id, id));
}
export async function updateRoomById(tx: Executor, id: string, set: Partial<RoomRecord>) {
  await tx.update(rooms).set(set).where(eq(rooms.id, id));
}
export async function deleteBuildingById(tx: Executor, id: string) {
  await tx.delete(buildings).where(eq(buildings.id, id));
}
export async function deleteFloorById(tx: Executor, id: string) {
  await tx.delete(floors).where(eq(floors.id, id));
}
export async function deleteRoomById(tx: Executor, id: string) {
  await tx.delete(rooms).where(eq(rooms.id, id));
}

/** Every building (by sort, then name) with its floors (by level) and room counts. */
export async function listBuildingTree(db: Executor, only?: { buildingId: string }) {
  const bs = await db
    .select()
    .from(buildings)
    .where(only ? eq(buildings.id, only.buildingId) : undefined)
    .orderBy(asc(buildings.sort), asc(buildings.name));
  const ids = bs.map((b) => b.id);
  if (ids.length === 0) return [];
  const fs = await db
    .select({ id: floors.id, buildingId: floors.buildingId, level: floors.level, name: floors.name })
    .from(floors)
    .where(inArray(floors.buildingId, ids))
    .orderBy(asc(floors.level));
  const counted = await db
    .select({ floorId: rooms.floorId, n: count() })
    .from(rooms)
    .where(inArray(rooms.buildingId, ids))
    .groupBy(rooms.floorId);
  const roomsOnFloor = new Map(counted.map((c) => [c.floorId, Number(c.n)]));
  return bs.map((b) => {
    const own = fs
      .filter((f) => f.buildingId === b.id)
      .map((f) => ({ ...f, roomCount: roomsOnFloor.get(f.id) ?? 0 }));
    return {
      id: b.id,
      name: b.name,
      code: b.code,
      address: b.address,
      sort: b.sort,
      roomCount: own.reduce((n, f) => n + f.roomCount, 0),
      floors: own,
    };
  });
}

function roomWhere(filter: RoomFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.buildingId) conditions.push(eq(rooms.buildingId, filter.buildingId));
  if (filter.floorId) conditions.push(eq(rooms.floorId, filter.floorId));
  if (filter.use) conditions.push(eq(rooms.use, filter.use));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(rooms.number, pattern), ilike(rooms.name, pattern));
    if (match) conditions.push(match);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const roomColumns = {
  id: rooms.id,
  floorId: rooms.floorId,
  buildingId: rooms.buildingId,
  number: rooms.number,
  name: rooms.name,
  areaM2: rooms.areaM2,
  use: rooms.use,
  active: rooms.active,
  createdAt: rooms.createdAt,
  updatedAt: rooms.updatedAt,
  buildingName: buildings.name,
  floorName: floors.name,
  floorLevel: floors.level,
};

const roomOrder = [
  asc(buildings.sort),
  asc(buildings.name),
  asc(floors.level),
  asc(rooms.number),
  asc(rooms.id),
];

/** Rooms matching the filter, by building, floor and number. */
export async function findRooms(
  db: Executor,
  filter: RoomFilter,
  paging?: { page: number; pageSize: number },
): Promise<{ items: RoomRow[]; total: number }> {
  const where = roomWhere(filter);
  const base = db
    .select(roomColumns)
    .from(rooms)
    .innerJoin(floors, eq(floors.id, rooms.floorId))
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .where(where)
    .orderBy(...roomOrder);
  if (!paging) {
    const items = await base;
    return { items, total: items.length };
  }
  const [total] = await db.select({ n: count() }).from(rooms).where(where);
  const items = await base.limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize);
  return { items, total: total?.n ?? 0 };
}

export async function findRoomRow(db: Executor, id: string): Promise<RoomRow | undefined> {
  const [row] = await db
    .select(roomColumns)
    .from(rooms)
    .innerJoin(floors, eq(floors.id, rooms.floorId))
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .where(eq(rooms.id, id));
  return row;
}

/** For the import: every building by name, every floor by building and level, every room number by building. */
export async function loadSpaceIndex(db: Executor) {
  const bs = await db.select({ id: buildings.id, name: buildings.name }).from(buildings);
  const fs = await db
    .select({ id: floors.id, buildingId: floors.buildingId, level: floors.level })
    .from(floors);
  const rs = await db.select({ buildingId: rooms.buildingId, number: rooms.number }).from(rooms);
  return {
    buildingByName: new Map(bs.map((b) => [b.name, b.id])),
    floorByKey: new Map(fs.map((f) => [`${f.buildingId}|${f.level}`, f.id])),
    roomNumbers: new Set(rs.map((r) => `${r.buildingId}|${r.number}`)),
  };
}
