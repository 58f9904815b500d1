import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { eventually, listenOn, notifyNow, openSse } from './test-support';

describe('notification listener on PostgreSQL (npm run test:pg)', () => {
  let t: TestApp;
  let org: TestOrg;
  let zhang: LoggedIn;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedTestOrg(t.ctx.db);
    zhang = await loginAs(t.app, org.users.staffA.username);
    base = await listenOn(t.app);
  });
  afterAll(async () => t.close());

  const listenerBackends = () =>
    queryRows<{ pid: number }>(
      t.ctx.db,
      sql`select pid from pg_stat_activity
           where datname = current_database() and query = 'LISTEN houqin_notifications'`,
    );

  it('reconnects after losing its PostgreSQL connection and catches up on what it missed', async () => {
    const s = await openSse(`${base}/api/notifications/stream`, { cookie: zhang.cookie });
    try {
      await eventually(() => s.text().includes(': connected'));
      const [backend] = await listenerBackends();
      expect(backend).toBeDefined();
      await t.ctx.db.execute(sql`select pg_terminate_backend(${backend?.pid ?? 0})`);
      // committed while the listener is down: its signal is lost, the resync finds it
      await notifyNow(t.ctx, {
        to: { userIds: [org.users.staffA.id] },
        type: 'test.during_outage',
        title: '断线期间',
        body: 'b',
      });
      const event = await s.next(5_000);
      expect(JSON.parse(event.data).title).toBe('断线期间');
      await eventually(async () => (await listenerBackends()).some((b) => b.pid !== backend?.pid), 5_000);
      await notifyNow(t.ctx, {
        to: { userIds: [org.users.staffA.id] },
        type: 'test.after',
        title: '恢复后',
        body: 'b',
      });
      expect(JSON.parse((await s.next(1_000)).data).title).toBe('恢复后');
    } finally {
      s.close();
    }
  });
});
