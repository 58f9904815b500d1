import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import type { Caller } from '../auth/actor';
import { recordAudit } from './record';
import { sealPendingAuditEntries } from './sealer';

/** Reads the export the way a user sees it: title, header, then the rows. */
async function readSheet(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  sheet?.eachRow((row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  return rows;
}

describe('audit console API', () => {
  let t: TestApp;
  let org: TestOrg;
  let auditor: LoggedIn;
  let logistics: LoggedIn;
  const callerOf = (id: string, displayName: string, unitId: string): Caller => ({
    actor: { id, username: displayName, displayName, unitId, roles: ['staff'] },
    ip: '10.1.2.3',
    userAgent: 'vitest',
  });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-01T00:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    auditor = await loginAs(t.app, org.users.auditor.username);
    logistics = await loginAs(t.app, org.users.logistics.username);
    const zhang = callerOf(org.users.staffA.id, '张三', org.unitA);
    const li = callerOf(org.users.staffB.id, '李四', org.unitB);
    // 2026-03-01 00:30Z = 08:30 in Shanghai; one entry per hour after that
    const at = (hours: number) => new Date(Date.UTC(2026, 2, 1, hours, 30));
    await recordAudit(
      t.ctx.db,
      zhang,
      { action: 'booking.created', entityType: 'booking', entityId: 'b-1', after: { room: '301' } },
      at(0),
    );
    await recordAudit(
      t.ctx.db,
      zhang,
      {
        action: 'booking.updated',
        entityType: 'booking',
        entityId: 'b-1',
        before: { room: '301' },
        after: { room: '302' },
      },
      at(1),
    );
    await recordAudit(
      t.ctx.db,
      li,
      { action: 'booking.created', entityType: 'booking', entityId: 'b-2', after: { room: '101' } },
      at(2),
    );
    await recordAudit(
      t.ctx.db,
      li,
      { action: 'vehicle.dispatched', entityType: 'vehicle', entityId: 'v-9', after: { driver: '王师傅' } },
      at(3),
    );
  });
  afterAll(async () => t.close());

  const get = (url: string, who?: LoggedIn, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...(who?.headers ?? {}), ...headers } });
  const endpoints = ['/api/audit', '/api/audit/export.xlsx', '/api/audit/verify'];

  it('answers 401 to anonymous callers', async () => {
    for (const url of [...endpoints, '/api/audit/00000000-0000-4000-8000-000000000000']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 403 to everyone but auditors and logistics admins (sysadmin included)', async () => {
    for (const who of ['staffA', 'unitAdminA', 'admin'] as const) {
      const session = await loginAs(t.app, org.users[who].username);
      for (const url of endpoints) {
        const res = await get(url, session);
        expect(res.statusCode, `${who} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
    }
    for (const session of [auditor, logistics])
      expect((await get('/api/audit', session)).statusCode).toBe(200);
  });

  it('lists newest first with paging', async () => {
    const all = (await get('/api/audit?entityType=booking', auditor)).json();
    expect(all.total).toBe(3);
    expect(all.items.map((e: { entityId: string }) => e.entityId)).toEqual(['b-2', 'b-1', 'b-1']);
    expect(all.items[1].action).toBe('booking.updated');
    const page2 = (await get('/api/audit?entityType=booking&page=2&pageSize=2', auditor)).json();
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0].action).toBe('booking.created');
    expect(page2.items[0].entityId).toBe('b-1');
  });

  it.each([
    ['actorId', () => `actorId=${org.users.staffB.id}`, ['vehicle.dispatched', 'booking.created']],
    ['unitId', () => `unitId=${org.unitA}`, ['booking.updated', 'booking.created']],
    [
      'entityType + entityId',
      () => 'entityType=booking&entityId=b-1',
      ['booking.updated', 'booking.created'],
    ],
    ['action', () => 'action=vehicle.dispatched', ['vehicle.dispatched']],
    [
      'from/to (inclusive, any offset)',
      () => `from=${encodeURIComponent('2026-03-01T09:30:00+08:00')}&to=2026-03-01T02:30:00Z`,
      ['booking.created', 'booking.updated'],
    ],
    ['action + unit', () => `action=booking.created&unitId=${org.unitB}`, ['booking.created']],
  ])('filters by %s', async (_name, query, actions) => {
    const res = await get(`/api/audit?${query()}`, logistics);
    expect(res.statusCode).toBe(200);
    // sign-ins of the test users are in the log too: look at the seeded business entries
    const items = res.json().items.filter((e: { entityType: string }) => e.entityType !== 'user');
    expect(items.map((e: { action: string }) => e.action)).toEqual(actions);
  });

  it('rejects bad filters with 400 naming the field', async () => {
    for (const [query, path] of [
      ['actorId=nope', 'query.actorId'],
      ['from=yesterday', 'query.from'],
      ['pageSize=1000', 'query.pageSize'],
      ['colour=red', 'query.colour'],
    ]) {
      const res = await get(`/api/audit?${query}`, auditor, { 'accept-language': 'en' });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });

  it('returns one entry with its diff, unit name and seal state', async () => {
    const list = (await get('/api/audit?action=booking.updated', auditor)).json();
    const id = list.items[0].id;
    const before = (await get(`/api/audit/${id}`, auditor)).json();
    expect(before).toMatchObject({
      id,
      actorName: '张三',
      actorUnitId: org.unitA,
      actorUnitName: '区发改局',
      entityType: 'booking',
      changes: { room: { before: '301', after: '302' } },
      ip: '10.1.2.3',
      occurredAt: '2026-03-01T01:30:00.000Z',
      sealed: false,
      hash: null,
    });
    await sealPendingAuditEntries(t.ctx.db);
    const after = (await get(`/api/audit/${id}`, auditor)).json();
    expect(after.sealed).toBe(true);
    expect(after.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await get('/api/audit/00000000-0000-4000-8000-000000000000', auditor);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const bad = await get('/api/audit/not-a-uuid', auditor);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('params.id');
  });

  it('exports the filtered rows as .xlsx with a title, Chinese headers and Shanghai times', async () => {
    const res = await get(`/api/audit/export.xlsx?unitId=${org.unitA}&entityType=booking`, auditor);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const rows = await readSheet(res.rawPayload);
    expect(String(rows[0]?.[0])).toContain('单位：区发改局');
    expect(String(rows[0]?.[0])).toContain('对象类型：booking');
    expect(rows[1]).toEqual(['时间', '操作人', '单位', '操作', '对象类型', '对象ID', '变更', 'IP']);
    expect(rows).toHaveLength(4);
    const [time, actor, unit, action, type, entityId, changes, ip] = rows[2] ?? [];
    // 01:30Z is 09:30 wall time in Asia/Shanghai; Excel cells carry wall time (read back as UTC)
    expect(time).toBeInstanceOf(Date);
    expect((time as Date).toISOString()).toBe('2026-03-01T09:30:00.000Z');
    expect([actor, unit, action, type, entityId, ip]).toEqual([
      '张三',
      '区发改局',
      'booking.updated',
      'booking',
      'b-1',
      '10.1.2.3',
    ]);
    expect(changes).toBe('room: 301 → 302');
    const earlier = rows[3]?.[0];
    expect(earlier instanceof Date && earlier.toISOString()).toBe('2026-03-01T08:30:00.000Z');
  });

  it('names the time range of the filter in the title, in the deployment zone', async () => {
    const res = await get(
      '/api/audit/export.xlsx?from=2026-03-01T00:00:00Z&to=2026-03-01T16:00:00Z&action=booking.created',
      logistics,
    );
    const rows = await readSheet(res.rawPayload);
    expect(String(rows[0]?.[0])).toContain('时间：2026-03-01 08:00 至 2026-03-02 00:00');
    expect(rows.slice(2).map((r) => r[3])).toEqual(['booking.created', 'booking.created']);
  });

  it('records who exported the log and with which filters', async () => {
    await get('/api/audit/export.xlsx?action=vehicle.dispatched', auditor);
    const res = (await get('/api/audit?action=audit.exported', logistics)).json();
    expect(res.items[0]).toMatchObject({
      actorId: org.users.auditor.id,
      entityType: 'audit_log',
      changes: { action: { before: null, after: 'vehicle.dispatched' } },
    });
  });

  it('verifies the chain, and names a hand-edited entry', async () => {
    await sealPendingAuditEntries(t.ctx.db);
    const ok = (await get('/api/audit/verify', auditor)).json();
    expect(ok).toMatchObject({ ok: true, unsealed: 0, firstBad: null });
    expect(ok.checked).toBeGreaterThan(4);
    const target = (await get('/api/audit?action=vehicle.dispatched', auditor)).json().items[0];
    await t.ctx.db.execute(
      sql`update audit_log set changes = '"nothing happened"'::jsonb where seq = ${target.seq}`,
    );
    const bad = (await get('/api/audit/verify', logistics)).json();
    expect(bad.ok).toBe(false);
    expect(bad.firstBad).toMatchObject({ seq: target.seq });
    // the tampered row is still shown, as it now reads
    const shown = await get(`/api/audit/${target.id}`, auditor);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().changes).toEqual({ '(unreadable)': { before: null, after: 'nothing happened' } });
  });
});
