import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { findAuditPage, streamAuditEntries } from './repository';

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('audit repository', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // 25 entries over 5 distinct milliseconds: ties must be ordered by seq and never lost or repeated
    await t.ctx.db.execute(sql`
      insert into audit_log (occurred_at, action, entity_type, entity_id)
      select timestamptz '2026-03-01 00:00:00Z' + (g % 5) * interval '1 millisecond',
             case when g % 2 = 0 then 'even' else 'odd' end, 'thing', g::text
        from generate_series(1, 25) g`);
  });
  afterAll(async () => t.close());

  it('streams every matching row in small batches, newest first, without gaps or repeats', async () => {
    const page = await findAuditPage(t.ctx.db, {}, { page: 1, pageSize: 200 });
    const streamed = await collect(streamAuditEntries(t.ctx.db, {}, 4));
    expect(streamed.map((r) => r.seq)).toEqual(page.items.map((r) => r.seq));
    expect(new Set(streamed.map((r) => r.seq)).size).toBe(25);
    for (let i = 1; i < streamed.length; i++) {
      const [a, b] = [streamed[i - 1], streamed[i]];
      if (!a || !b) continue;
      const order = b.occurredAt.getTime() - a.occurredAt.getTime() || b.seq - a.seq;
      expect(order).toBeLessThan(0);
    }
  });

  it('applies the filter on every batch', async () => {
    const even = await collect(streamAuditEntries(t.ctx.db, { action: 'even' }, 3));
    expect(even).toHaveLength(12);
    expect(even.every((r) => r.action === 'even')).toBe(true);
  });

  it('stops exactly at a batch boundary', async () => {
    expect(await collect(streamAuditEntries(t.ctx.db, {}, 5))).toHaveLength(25);
    expect(await collect(streamAuditEntries(t.ctx.db, {}, 25))).toHaveLength(25);
  });

  it('pages with a total', async () => {
    const result = await findAuditPage(t.ctx.db, { action: 'odd' }, { page: 3, pageSize: 5 });
    expect(result.total).toBe(13);
    expect(result.items).toHaveLength(3);
  });
});
