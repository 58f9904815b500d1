import { defaultMeetingRoomSettings, type MeetingRoomSettingsInput } from '@houqin/contracts';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { multipartFiles } from '../../platform/files/test-files';
import { verifyToken } from '../../platform/tokens';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { CHECK_IN_PURPOSE, roomCheckInQr } from './room-label';
import { insertBuilding, insertMeetingRoom, insertSpaceRoom } from './test-rooms';

describe('meeting rooms: policies, listing, photos, check-in label', () => {
  let t: TestApp;
  let org: TestOrg;
  let roomAdmin: LoggedIn;
  let staffA: LoggedIn;
  let staffB: LoggedIn;
  let roomAdminId = '';
  let building1: { buildingId: string; floorId: string };
  let building2: { buildingId: string; floorId: string };
  let spaceRoomId = '';

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    const [hash] = await t.ctx.db
      .select({ h: users.passwordHash })
      .from(users)
      .where(eq(users.id, org.users.staffA.id));
    const [ra] = await t.ctx.db
      .insert(users)
      .values({
        username: 'roomadmin',
        displayName: '周八',
        unitId: org.rootUnitId,
        roles: ['staff', 'room_admin'],
        passwordHash: hash?.h ?? '',
      })
      .returning({ id: users.id });
    roomAdminId = ra?.id ?? '';
    roomAdmin = await loginAs(t.app, 'roomadmin');
    staffA = await loginAs(t.app, org.users.staffA.username);
    staffB = await loginAs(t.app, org.users.staffB.username);
    building1 = await insertBuilding(t.ctx.db, '一号楼', 1);
    building2 = await insertBuilding(t.ctx.db, '二号楼', 2);
    spaceRoomId = await insertSpaceRoom(t.ctx.db, building1, '第一会议室');
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'PUT' | 'POST', url: string, as: LoggedIn, payload?: object) =>
    t.app.inject({ method, url, headers: as.headers, ...(payload ? { payload } : {}) });
  const settings = (over: Partial<MeetingRoomSettingsInput> = {}): MeetingRoomSettingsInput => ({
    ...defaultMeetingRoomSettings,
    ...over,
  });
  const auditCount = async (action: string, id: string) =>
    (
      await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)))
    ).length;

  it('makes a spaces room a meeting room, then updates it; each change audited once', async () => {
    const created = await call(
      'PUT',
      `/api/admin/meeting-rooms/${spaceRoomId}`,
      roomAdmin,
      settings({
        capacity: 12,
        equipment: ['projector', 'video_conference', 'projector'],
        requiresApproval: true,
        approverIds: [org.users.logistics.id],
        openFrom: '08:30',
        openTo: '24:00',
      }),
    );
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      id: spaceRoomId,
      name: '第一会议室',
      building: '一号楼',
      floor: '1F',
      capacity: 12,
      equipment: ['projector', 'video_conference'],
      openFrom: '08:30',
      openTo: '24:00',
      requiresApproval: true,
      approvers: [{ id: org.users.logistics.id, displayName: '孙七' }],
      bookable: true,
      mayBook: true,
      photos: [],
    });
    expect(await auditCount('meeting_room.created', spaceRoomId)).toBe(1);

    const updated = await call(
      'PUT',
      `/api/admin/meeting-rooms/${spaceRoomId}`,
      roomAdmin,
      settings({ capacity: 14, equipment: ['projector', 'video_conference'], bufferMinutes: 15 }),
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      capacity: 14,
      bufferMinutes: 15,
      approvers: [],
      requiresApproval: false,
    });
    const same = await call(
      'PUT',
      `/api/admin/meeting-rooms/${spaceRoomId}`,
      roomAdmin,
      settings({ capacity: 14, equipment: ['video_conference', 'projector'], bufferMinutes: 15 }),
    );
    expect(same.statusCode).toBe(200);
    const [entry, ...more] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting_room.updated'), eq(auditLog.entityId, spaceRoomId)));
    expect(more).toHaveLength(0);
    expect(entry?.changes).toMatchObject({
      capacity: { before: 12, after: 14 },
      bufferMinutes: { before: 0, after: 15 },
      approverIds: { before: [org.users.logistics.id], after: [] },
    });
  });

  it('refuses bad settings naming the field, changing nothing', async () => {
    const url = `/api/admin/meeting-rooms/${spaceRoomId}`;
    const inactive = (
      await t.ctx.db
        .insert(users)
        .values({
          username: 'gone',
          displayName: '离职',
          unitId: org.unitA,
          roles: ['staff'],
          passwordHash: 'x',
          active: false,
        })
        .returning({ id: users.id })
    )[0]?.id;
    const cases: [Partial<MeetingRoomSettingsInput>, string][] = [
      [{ approverIds: [org.users.admin.id, inactive ?? ''] }, 'body.approverIds.1'],
      [{ approverIds: ['00000000-0000-4000-8000-000000000000'] }, 'body.approverIds.0'],
      [{ bookingScope: 'units', allowedUnitIds: [] }, 'body.allowedUnitIds'],
      [
        { bookingScope: 'units', allowedUnitIds: [org.unitA, '00000000-0000-4000-8000-000000000001'] },
        'body.allowedUnitIds.1',
      ],
      [{ bookingScope: 'roles', allowedRoles: [] }, 'body.allowedRoles'],
      [{ openFrom: '18:00', openTo: '08:00' }, 'body.openTo'],
      [{ openFrom: '08:07' }, 'body.openFrom'],
      [{ minMinutes: 120, maxMinutes: 60 }, 'body.maxMinutes'],
      [{ capacity: 0 }, 'body.capacity'],
    ];
    for (const [over, path] of cases) {
      const res = await call('PUT', url, roomAdmin, settings(over));
      expect(res.statusCode, path).toBe(400);
      const issue = res.json().error.issues[0];
      expect(issue.path).toBe(path);
      expect(issue.message).toContain(path);
    }
    const unknown = await call(
      'PUT',
      '/api/admin/meeting-rooms/00000000-0000-4000-8000-000000000002',
      roomAdmin,
      settings(),
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.issues[0].path).toBe('params.roomId');
    expect((await call('PUT', url, staffA, settings())).statusCode).toBe(403);
    expect((await call('GET', '/api/admin/meeting-rooms', staffA)).statusCode).toBe(403);
    expect((await call('GET', `/api/rooms/${spaceRoomId}`, staffA)).json().capacity).toBe(14);
  });

  it('lists bookable rooms with filters and, per caller, whether they may book', async () => {
    const small = await insertMeetingRoom(t.ctx.db, building2, '小会议室', {
      capacity: 6,
      equipment: ['whiteboard'],
    });
    const unitOnly = await insertMeetingRoom(t.ctx.db, building2, '发改局会议室', {
      capacity: 20,
      equipment: ['projector', 'screen'],
      bookingScope: 'units',
      allowedUnitIds: [org.unitA],
    });
    const closed = await insertMeetingRoom(t.ctx.db, building2, '装修中', { bookable: false });

    const all = await call('GET', '/api/rooms', staffB);
    expect(all.statusCode).toBe(200);
    const names = all.json().items.map((r: { name: string }) => r.name);
    expect(names).toEqual(['第一会议室', '小会议室', '发改局会议室']);
    const mayBook = (body: { items: { id: string; mayBook: boolean }[] }, id: string) =>
      body.items.find((r) => r.id === id)?.mayBook;
    expect(mayBook(all.json(), unitOnly)).toBe(false);
    expect(mayBook((await call('GET', '/api/rooms', staffA)).json(), unitOnly)).toBe(true);
    expect(mayBook((await call('GET', '/api/rooms', roomAdmin)).json(), unitOnly)).toBe(true);

    const filtered = await call(
      'GET',
      `/api/rooms?buildingId=${building2.buildingId}&minCapacity=10&equipment=projector`,
      staffA,
    );
    expect(filtered.json().items.map((r: { id: string }) => r.id)).toEqual([unitOnly]);
    expect((await call('GET', '/api/rooms?equipment=whiteboard,projector', staffA)).json().items).toEqual([]);
    expect((await call('GET', '/api/rooms?equipment=teleporter', staffA)).statusCode).toBe(400);

    // not bookable: hidden from staff, shown to the managers
    expect((await call('GET', `/api/rooms/${closed}`, staffA)).statusCode).toBe(404);
    expect((await call('GET', `/api/rooms/${closed}`, roomAdmin)).json()).toMatchObject({
      bookable: false,
      mayBook: false,
    });
    expect((await call('GET', '/api/rooms?all=true', staffA)).json().items).toHaveLength(3);
    expect((await call('GET', '/api/rooms?all=true', roomAdmin)).json().items).toHaveLength(4);
    const admin = await call('GET', '/api/admin/meeting-rooms', roomAdmin);
    expect(admin.json().items.map((r: { id: string }) => r.id)).toContain(closed);
    expect((await call('GET', `/api/rooms/${small}`, staffB)).json()).toMatchObject({
      capacity: 6,
      mayBook: true,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/rooms' })).statusCode).toBe(401);
  });

  it('attaches photos the admin uploaded, shows them to everyone, and detaches removed ones', async () => {
    const upload = async () => {
      const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#88aa33' } })
        .png()
        .toBuffer();
      const body = multipartFiles([{ filename: 'room.png', data: image }]);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/files',
        payload: body.payload,
        headers: { ...roomAdmin.headers, ...body.headers },
      });
      expect(res.statusCode).toBe(201);
      return res.json().files[0].id as string;
    };
    // photos show in upload order (the files table keeps no other order)
    const p1 = await upload();
    t.clock.advance(1000);
    const p2 = await upload();
    const url = `/api/admin/meeting-rooms/${spaceRoomId}`;
    const res = await call('PUT', url, roomAdmin, settings({ capacity: 14, photoFileIds: [p1, p2] }));
    expect(res.statusCode).toBe(200);
    expect(res.json().photos).toEqual([
      { id: p1, url: `/api/files/${p1}`, thumbnailUrl: `/api/files/${p1}/thumbnail` },
      { id: p2, url: `/api/files/${p2}`, thumbnailUrl: `/api/files/${p2}/thumbnail` },
    ]);
    expect((await call('GET', `/api/files/${p1}`, staffB)).statusCode).toBe(200);

    // someone else's file cannot be attached: 422 naming it, nothing changed
    const theirs = await (async () => {
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .png()
        .toBuffer();
      const body = multipartFiles([{ filename: 'x.png', data: image }]);
      const up = await t.app.inject({
        method: 'POST',
        url: '/api/files',
        payload: body.payload,
        headers: { ...staffA.headers, ...body.headers },
      });
      return up.json().files[0].id as string;
    })();
    const refused = await call('PUT', url, roomAdmin, settings({ capacity: 99, photoFileIds: [p1, theirs] }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'FILE_NOT_ATTACHABLE',
      issues: [{ path: 'body.photoFileIds.1' }],
    });
    expect((await call('GET', `/api/rooms/${spaceRoomId}`, staffA)).json().capacity).toBe(14);

    const kept = await call('PUT', url, roomAdmin, settings({ capacity: 14, photoFileIds: [p2] }));
    expect(kept.json().photos.map((p: { id: string }) => p.id)).toEqual([p2]);
    expect((await call('GET', `/api/files/${p1}`, staffB)).statusCode).toBe(404);
  });

  it('serves the check-in QR label to managers: a 10-year token for this room in the check-in link', async () => {
    const svg = await call('GET', `/api/admin/meeting-rooms/${spaceRoomId}/check-in-qr.svg`, roomAdmin);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(
      (await call('GET', `/api/admin/meeting-rooms/${spaceRoomId}/check-in-qr.svg`, staffA)).statusCode,
    ).toBe(403);
    expect(
      (
        await call(
          'GET',
          '/api/admin/meeting-rooms/00000000-0000-4000-8000-000000000003/check-in-qr.svg',
          roomAdmin,
        )
      ).statusCode,
    ).toBe(404);

    const caller = {
      actor: {
        id: roomAdminId,
        username: 'roomadmin',
        displayName: '周八',
        unitId: org.rootUnitId,
        roles: ['staff' as const, 'room_admin' as const],
      },
      ip: null,
      userAgent: null,
    };
    const { url } = await roomCheckInQr(t.ctx, caller, spaceRoomId, 'https://houqin.example.gov.cn/');
    const link = new URL(url);
    expect(`${link.origin}${link.pathname}`).toBe(
      `https://houqin.example.gov.cn/rooms/${spaceRoomId}/check-in`,
    );
    const checked = verifyToken(t.ctx, link.searchParams.get('t') ?? '', {
      purpose: CHECK_IN_PURPOSE,
      subject: spaceRoomId,
    });
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      const years = (checked.payload.expiresAt.getTime() - t.clock.now().getTime()) / (365.25 * 86_400_000);
      expect(Math.round(years)).toBe(10);
    }
    const later = new Date(t.clock.now().getTime() + 9 * 365 * 86_400_000);
    expect(
      verifyToken(t.ctx, link.searchParams.get('t') ?? '', {
        purpose: CHECK_IN_PURPOSE,
        subject: spaceRoomId,
        now: later,
      }).ok,
    ).toBe(true);
  });
});
