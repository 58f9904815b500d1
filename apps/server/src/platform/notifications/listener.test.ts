import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { loginAs, seedTestOrg } from '../../test/fixtures';
import { createTestApp } from '../../test/harness';
import { eventually, listenOn, notifyNow, openSse } from './test-support';

describe('notification listener', () => {
  it('listens on one connection per process, opened with the first stream and closed with the app', async () => {
    const other = await createTestApp();
    const otherOrg = await seedTestOrg(other.ctx.db);
    const session = await loginAs(other.app, otherOrg.users.staffB.username);
    const url = await listenOn(other.app);
    const streams = [
      await openSse(`${url}/api/notifications/stream`, { cookie: session.cookie }),
      await openSse(`${url}/api/notifications/stream`, { cookie: session.cookie }),
    ];
    await eventually(() => streams.every((s) => s.text().includes(': connected')));
    await notifyNow(other.ctx, {
      to: { userIds: [otherOrg.users.staffB.id] },
      type: 'test.both',
      title: '两端',
      body: 'b',
    });
    for (const s of streams) expect(JSON.parse((await s.next()).data).title).toBe('两端');
    if (other.database.kind === 'postgres') {
      const rows = await queryRows<{ n: number }>(
        other.ctx.db,
        sql`select count(*)::int as n from pg_stat_activity
             where datname = current_database() and query = 'LISTEN houqin_notifications'`,
      );
      expect(rows[0]?.n).toBe(1);
    }
    await other.close();
    for (const s of streams) await expect(s.next(500)).rejects.toThrow('stream ended');
  });
});
