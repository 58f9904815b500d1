import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { sqlState } from '../../platform/errors';
import { readFirstSheet } from '../../platform/excel';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { multipartFile, workbookOf } from '../organisation/test-uploads';
import { buildings, floors, rooms } from './tables';

const HEADER = ['楼宇', '楼层', '房间号', '名称', '面积', '用途'];

describe('spaces: buildings, floors and rooms', () => {
  let t: TestApp;
  let org: TestOrg;
  let logistics: LoggedIn;
  let admin: LoggedIn;
  let staff: LoggedIn;
  let roomAdmin: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    await t.ctx.db.insert(users).values({
      username: 'roomadmin',
      displayName: '周八',
      unitId: org.rootUnitId,
      roles: ['staff', 'room_admin'],
      passwordHash:
        (await t.ctx.db.select().from(users).where(eq(users.id, org.users.staffA.id)))[0]?.passwordHash ?? '',
    });
    logistics = await loginAs(t.app, org.users.logistics.username);
    admin = await loginAs(t.app, org.users.admin.username);
    staff = await loginAs(t.app, org.users.staffA.username);
    roomAdmin = await loginAs(t.app, 'roomadmin');
  });
  afterAll(async () => t.close());

  const call = (method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, as: LoggedIn, payload?: object) =>
    t.app.inject({ method, url, headers: as.headers, ...(payload ? { payload } : {}) });
  const counts = async () => ({
    buildings: (await t.ctx.db.select().from(buildings)).length,
    floors: (await t.ctx.db.select().from(floors)).length,
    rooms: (await t.ctx.db.select().from(rooms)).length,
  });
  const upload = (data: Buffer, as: LoggedIn = logistics) => {
    const form = multipartFile('rooms.xlsx', data);
    return t.app.inject({
      method: 'POST',
      url: '/api/admin/spaces/import',
      headers: { ...as.headers, ...form.headers },
      payload: form.payload,
    });
  };

  let buildingId = '';
  let floorId = '';
  let roomId = '';

  it('creates, reads, updates a building, floor and room, each audited', async () => {
    const b = await call('POST', '/api/admin/spaces/buildings', logistics, {
      name: ' 综合楼 ',
      code: 'ZHL',
      address: '人民路 5 号',
    });
    expect(b.statusCode).toBe(201);
    expect(b.json()).toMatchObject({ name: '综合楼', code: 'ZHL', sort: 0, roomCount: 0, floors: [] });
    buildingId = b.json().id;

    const f = await call('POST', '/api/admin/spaces/floors', admin, { buildingId, level: -1, name: 'B1' });
    expect(f.statusCode).toBe(201);
    expect(f.json()).toMatchObject({ buildingId, level: -1, name: 'B1', roomCount: 0 });
    floorId = f.json().id;

    const r = await call('POST', '/api/admin/spaces/rooms', roomAdmin, {
      floorId,
      number: 'Z-B01',
      name: '设备间',
      areaM2: 42.5,
      use: 'other',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      buildingId,
      buildingName: '综合楼',
      floorName: 'B1',
      floorLevel: -1,
      number: 'Z-B01',
      areaM2: 42.5,
      use: 'other',
      active: true,
    });
    roomId = r.json().id;

    const patched = await call('PATCH', `/api/admin/spaces/rooms/${roomId}`, roomAdmin, {
      use: 'meeting',
      areaM2: 40,
      name: '小会议室',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ use: 'meeting', areaM2: 40, name: '小会议室' });
    expect(
      (await call('PATCH', `/api/admin/spaces/buildings/${buildingId}`, logistics, { sort: 9 })).json().sort,
    ).toBe(9);
    expect(
      (await call('PATCH', `/api/admin/spaces/floors/${floorId}`, logistics, { name: '负一层' })).json().name,
    ).toBe('负一层');

    const tree = await call('GET', '/api/spaces/buildings', staff);
    expect(tree.statusCode).toBe(200);
    expect(tree.json().items.find((x: { id: string }) => x.id === buildingId)).toMatchObject({
      roomCount: 1,
      floors: [{ id: floorId, level: -1, name: '负一层', roomCount: 1 }],
    });
    const list = await call('GET', `/api/spaces/rooms?buildingId=${buildingId}&use=meeting&q=b01`, staff);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, page: 1, items: [{ id: roomId, number: 'Z-B01' }] });

    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'room.updated'), eq(auditLog.entityId, roomId)));
    expect(entry?.changes).toMatchObject({
      use: { before: 'other', after: 'meeting' },
      areaM2: { before: 42.5, after: 40 },
    });
    for (const action of ['building.created', 'floor.created', 'room.created']) {
      expect(
        (await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, action))).length,
      ).toBeGreaterThan(0);
    }
  });

  it('refuses staff writes with 403 and room_admin building writes; anonymous reads with 401', async () => {
    const before = await counts();
    expect(
      (await call('POST', '/api/admin/spaces/buildings', staff, { name: 'X', code: 'X' })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/admin/spaces/buildings', roomAdmin, { name: 'X', code: 'X' })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/admin/spaces/floors', staff, { buildingId, level: 2, name: '2F' }))
        .statusCode,
    ).toBe(403);
    const room = { floorId, number: 'S-1', name: '办公室', areaM2: 10, use: 'office' };
    expect((await call('POST', '/api/admin/spaces/rooms', staff, room)).statusCode).toBe(403);
    expect((await call('PATCH', `/api/admin/spaces/rooms/${roomId}`, staff, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await call('DELETE', `/api/admin/spaces/rooms/${roomId}`, staff)).statusCode).toBe(403);
    expect((await call('GET', '/api/admin/spaces/rooms/export.xlsx', staff)).statusCode).toBe(403);
    expect((await upload(await workbookOf([HEADER]), staff)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/spaces/rooms' })).statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it('answers 409 with the code for taken names, codes, levels and room numbers', async () => {
    const code = await call('POST', '/api/admin/spaces/buildings', logistics, {
      name: '另一座',
      code: 'ZHL',
    });
    expect(code.statusCode).toBe(409);
    expect(code.json().error).toMatchObject({ code: 'SPACE_CODE_TAKEN', issues: [{ path: 'body.code' }] });
    const name = await call('POST', '/api/admin/spaces/buildings', logistics, {
      name: '综合楼',
      code: 'OTHER',
    });
    expect(name.json().error).toMatchObject({ code: 'SPACE_CODE_TAKEN', issues: [{ path: 'body.name' }] });
    const level = await call('POST', '/api/admin/spaces/floors', logistics, {
      buildingId,
      level: -1,
      name: 'B1',
    });
    expect(level.statusCode).toBe(409);
    expect(level.json().error.code).toBe('SPACE_CODE_TAKEN');

    // the same number on another floor of the same building clashes; in another building it does not
    const f2 = await call('POST', '/api/admin/spaces/floors', logistics, {
      buildingId,
      level: 2,
      name: '2F',
    });
    const clash = await call('POST', '/api/admin/spaces/rooms', logistics, {
      floorId: f2.json().id,
      number: 'Z-B01',
      name: '办公室',
      areaM2: 12,
      use: 'office',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'ROOM_NUMBER_TAKEN',
      issues: [{ path: 'body.number' }],
    });
    const other = await call('POST', '/api/admin/spaces/buildings', logistics, { name: '副楼', code: 'FL' });
    const otherFloor = await call('POST', '/api/admin/spaces/floors', logistics, {
      buildingId: other.json().id,
      level: 1,
      name: '1F',
    });
    const fine = await call('POST', '/api/admin/spaces/rooms', logistics, {
      floorId: otherFloor.json().id,
      number: 'Z-B01',
      name: '办公室',
      areaM2: 12,
      use: 'office',
    });
    expect(fine.statusCode).toBe(201);
    const renumber = await call('PATCH', `/api/admin/spaces/buildings/${other.json().id}`, logistics, {
      code: 'ZHL',
    });
    expect(renumber.json().error.code).toBe('SPACE_CODE_TAKEN');
  });

  it('refuses to delete a building with floors or a floor with rooms (409 SPACE_IN_USE), then deletes bottom-up', async () => {
    const b = await call('DELETE', `/api/admin/spaces/buildings/${buildingId}`, logistics);
    expect(b.statusCode).toBe(409);
    expect(b.json().error.code).toBe('SPACE_IN_USE');
    const f = await call('DELETE', `/api/admin/spaces/floors/${floorId}`, logistics);
    expect(f.json().error.code).toBe('SPACE_IN_USE');
    expect((await call('DELETE', `/api/admin/spaces/rooms/${roomId}`, roomAdmin)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/admin/spaces/floors/${floorId}`, logistics)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/admin/spaces/rooms/${roomId}`, roomAdmin)).statusCode).toBe(404);
    const [deleted] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'floor.deleted'), eq(auditLog.entityId, floorId)));
    expect(deleted).toBeDefined();
  });

  it.each([
    ['zero area', { areaM2: 0 }, 'body.areaM2'],
    ['negative area', { areaM2: -5 }, 'body.areaM2'],
    ['three decimals', { areaM2: 1.234 }, 'body.areaM2'],
    ['an unknown use', { use: 'kitchen' }, 'body.use'],
    ['an empty number', { number: '  ' }, 'body.number'],
  ])('answers 400 for %s', async (_case, change, path) => {
    const before = await counts();
    const [floor] = await t.ctx.db.select().from(floors).limit(1);
    const res = await call('POST', '/api/admin/spaces/rooms', logistics, {
      floorId: floor?.id,
      number: 'V-1',
      name: '办公室',
      areaM2: 10,
      use: 'office',
      ...change,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await counts()).toEqual(before);
  });

  it('holds area > 0 and the use list in the database when validation is bypassed', async () => {
    const [floor] = await t.ctx.db.select().from(floors).limit(1);
    if (!floor) throw new Error('no floor');
    const now = new Date();
    const base = {
      floorId: floor.id,
      buildingId: floor.buildingId,
      name: 'x',
      createdAt: now,
      updatedAt: now,
    };
    const err = await t.ctx.db
      .insert(rooms)
      .values({ ...base, number: 'DB-1', areaM2: '0', use: 'office' })
      .catch((e: unknown) => e);
    expect(sqlState(err)).toBe('23514');
    const use = await t.ctx.db
      .insert(rooms)
      .values({ ...base, number: 'DB-2', areaM2: '5', use: 'kitchen' as 'office' })
      .catch((e: unknown) => e);
    expect(sqlState(use)).toBe('23514');
    // a room's building must be its floor's
    const [otherBuilding] = await t.ctx.db.select().from(buildings).where(eq(buildings.code, 'FL'));
    const wrong = await t.ctx.db
      .insert(rooms)
      .values({ ...base, buildingId: otherBuilding?.id ?? '', number: 'DB-3', areaM2: '5', use: 'office' })
      .catch((e: unknown) => e);
    expect(sqlState(wrong)).toBe('23503');
  });

  it('imports a good file: creates missing buildings and floors and every room, audited', async () => {
    const before = await counts();
    const file = await workbookOf([
      ['房间导入'],
      HEADER,
      ['科技楼', '1F', 'K-101', '接待室', '30', '其他'],
      ['科技楼', '3', 'K-301', '办公室', '25.5', '办公'],
      ['科技楼', 'B1', 'K-B01', '库房', 80, '其他'],
      ['科技楼', '3F', 'K-310', '第三会议室', '60.25', '会议'],
      ['副楼', '1F', 'F-102', '办公室', '20', '办公'],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 5, buildingsCreated: 1, floorsCreated: 3 });
    expect(await counts()).toEqual({
      buildings: before.buildings + 1,
      floors: before.floors + 3,
      rooms: before.rooms + 5,
    });
    const list = await call('GET', '/api/spaces/rooms?q=K-&pageSize=10', staff);
    expect(
      list.json().items.map((r: { number: string; floorName: string }) => `${r.floorName} ${r.number}`),
    ).toEqual(['B1 K-B01', '1F K-101', '3F K-301', '3F K-310']);
    const [k310] = list.json().items.filter((r: { number: string }) => r.number === 'K-310');
    expect(k310).toMatchObject({ areaM2: 60.25, use: 'meeting', buildingName: '科技楼' });
  });

  it('imports nothing from a file with a bad row, reporting row and column', async () => {
    const before = await counts();
    const file = await workbookOf([
      HEADER,
      ['新楼', '1F', 'N-101', '办公室', '20', '办公'],
      ['新楼', '一楼', 'N-102', '办公室', '0', '食堂'],
      ['新楼', '2F', 'N-101', '办公室', '20', '办公'],
      ['科技楼', '2F', 'K-301', '', '20', '办公'],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('SPACES_IMPORT_INVALID');
    const found = (error.details.errors as { row: number; field: string }[]).map(
      (e) => `${e.row} ${e.field}`,
    );
    expect(found).toEqual(['3 楼层', '3 面积', '3 用途', '4 房间号', '5 名称', '5 房间号']);
    expect(await counts()).toEqual(before);
    const missing = await upload(
      await workbookOf([
        ['楼宇', '房间号'],
        ['新楼', 'N-1'],
      ]),
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details.errors.map((e: { field: string }) => e.field)).toEqual([
      '楼层',
      '名称',
      '面积',
      '用途',
    ]);
    const junk = await upload(Buffer.from('not a workbook'));
    expect(junk.json().error.code).toBe('IMPORT_FILE_UNREADABLE');
  });

  it('exports rooms in the import columns; the export reads back and imports into a fresh building', async () => {
    const res = await call('GET', '/api/admin/spaces/rooms/export.xlsx?q=K-', roomAdmin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readFirstSheet(res.rawPayload);
    expect(sheet[1]).toEqual(HEADER);
    const body = sheet.slice(2);
    expect(body).toHaveLength(4);
    expect(body[3]?.slice(0, 4)).toEqual(['科技楼', '3F', 'K-310', '第三会议室']);
    expect(Number(body[3]?.[4])).toBe(60.25);
    expect(body[3]?.[5]).toBe('会议');
    // into another building (renamed), the same rows import back
    const again = sheet.map((r, i) => (i >= 2 ? ['科技楼二期', ...r.slice(1)] : r));
    const imported = await upload(await workbookOf(again));
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ imported: 4, buildingsCreated: 1, floorsCreated: 3 });
    const template = await call('GET', '/api/admin/spaces/import-template.xlsx', logistics);
    expect((await readFirstSheet(template.rawPayload))[1]?.slice(0, 5)).toEqual(HEADER.slice(0, 5));
  });
});
