import { asc, count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestApp, type TestApp } from '../../test/harness';
import type { Caller } from '../auth/actor';
import { GENESIS_HASH } from './chain';
import { recordAudit } from './record';
import { sealPendingAuditEntries } from './sealer';
import { auditLog } from './tables';
import { verifyAuditChain } from './verify';

const caller: Caller = { actor: null, ip: '10.0.0.1', userAgent: 'vitest' };

describe('audit log: same-transaction writes, sealing, verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    await t.ctx.db.execute(sql`truncate audit_log restart identity`);
  });

  const db = () => t.ctx.db;
  async function write(n: number) {
    for (let i = 1; i <= n; i++) {
      t.clock.advance(1_000);
      await recordAudit(
        db(),
        caller,
        { action: 'test.write', entityType: 'thing', entityId: `thing-${i}`, after: { n: i } },
        t.clock.now(),
      );
    }
  }
  const chain = () =>
    db()
      .select({ seq: auditLog.seq, ci: auditLog.chainIndex, prev: auditLog.prevHash, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(asc(auditLog.chainIndex));
  const rowCount = async () => (await db().select({ n: count() }).from(auditLog))[0]?.n;

  it('an entry written in a transaction that rolls back leaves nothing', async () => {
    await expect(
      db().transaction(async (tx) => {
        await recordAudit(tx, caller, { action: 'test.rolled_back', entityType: 'thing' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await rowCount()).toBe(0);
    await db().transaction((tx) =>
      recordAudit(tx, caller, { action: 'test.committed', entityType: 'thing' }),
    );
    expect(await rowCount()).toBe(1);
  });

  it('sealing gives contiguous chain positions 1..n, each linked to the previous hash', async () => {
    await write(5);
    expect(await sealPendingAuditEntries(db())).toBe(5);
    expect(await sealPendingAuditEntries(db())).toBe(0);
    await write(3);
    expect(await sealPendingAuditEntries(db())).toBe(3);
    const rows = await chain();
    expect(rows.map((r) => r.ci)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[0]?.prev).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev).toBe(rows[i - 1]?.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(8);
  });

  it('an untouched log verifies, and counts what is not sealed yet', async () => {
    await write(4);
    await sealPendingAuditEntries(db());
    await write(1);
    expect(await verifyAuditChain(db())).toEqual({ ok: true, checked: 4, unsealed: 1, firstBad: null });
  });

  it.each([
    ['changes', sql`changes = '{"n":{"before":null,"after":999}}'::jsonb`],
    ['action', sql`action = 'test.innocent'`],
    ['actor_name', sql`actor_name = '某人'`],
    ['occurred_at', sql`occurred_at = occurred_at + interval '1 hour'`],
    ['ip', sql`ip = '8.8.8.8'`],
    ['entity_id', sql`entity_id = 'other'`],
  ])('a hand-edited %s fails verification and names that entry', async (_column, set) => {
    await write(5);
    await sealPendingAuditEntries(db());
    await db().execute(sql`update audit_log set ${set} where seq = 3`);
    const result = await verifyAuditChain(db());
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ seq: 3, chainIndex: 3 });
    expect(result.firstBad?.reason).toMatch(/altered/);
    expect(result.checked).toBe(2);
  });

  it('a deleted entry is named by the entry after the gap', async () => {
    await write(5);
    await sealPendingAuditEntries(db());
    await db().execute(sql`delete from audit_log where seq = 3`);
    const result = await verifyAuditChain(db());
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ seq: 4, chainIndex: 4 });
    expect(result.firstBad?.reason).toMatch(/removed/);
  });

  it('deleting the first entry is detected too', async () => {
    await write(3);
    await sealPendingAuditEntries(db());
    await db().execute(sql`delete from audit_log where seq = 1`);
    expect((await verifyAuditChain(db())).firstBad).toMatchObject({ seq: 2 });
  });

  it("swapping two entries' content is detected", async () => {
    await write(4);
    await sealPendingAuditEntries(db());
    await db().execute(sql`
      update audit_log a set action = b.action, entity_id = b.entity_id, changes = b.changes,
             occurred_at = b.occurred_at
        from audit_log b
       where (a.seq, b.seq) in ((2, 3), (3, 2))`);
    const result = await verifyAuditChain(db());
    expect(result.ok).toBe(false);
    expect(result.firstBad?.seq).toBe(2);
  });

  it('moving whole rows to other chain positions (hashes and all) is detected', async () => {
    await write(4);
    await sealPendingAuditEntries(db());
    await db().execute(sql`update audit_log set chain_index = -chain_index where seq in (2, 3)`);
    await db().execute(sql`update audit_log set chain_index = case seq when 2 then 3 else 2 end
                            where seq in (2, 3)`);
    const result = await verifyAuditChain(db());
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ seq: 3, chainIndex: 2 });
  });

  it('entries committed out of seq order are sealed in commit order and still verify', async () => {
    // a slow transaction takes its seq first and commits last
    const [reserved] = await queryRows<{ seq: string }>(
      db(),
      sql`select nextval(pg_get_serial_sequence('audit_log', 'seq')) as seq`,
    );
    const lateSeq = Number(reserved?.seq);
    await write(2);
    expect(await sealPendingAuditEntries(db())).toBe(2);
    await db()
      .insert(auditLog)
      .values({ seq: lateSeq, occurredAt: t.clock.now(), action: 'test.late', entityType: 'thing' });
    expect(await sealPendingAuditEntries(db())).toBe(1);
    const rows = await chain();
    expect(rows.map((r) => r.ci)).toEqual([1, 2, 3]);
    expect(rows[2]?.seq).toBe(lateSeq);
    expect(lateSeq).toBeLessThan(rows[0]?.seq ?? 0);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, checked: 3 });
  });

  it('concurrent sealers and writers never give two entries one chain position', async () => {
    const writers = Array.from({ length: 60 }, (_, i) =>
      recordAudit(db(), caller, { action: 'test.concurrent', entityType: 'thing', entityId: String(i) }),
    );
    const sealers = Array.from({ length: 6 }, () => sealPendingAuditEntries(db()));
    await Promise.all([...writers, ...sealers]);
    await Promise.all(Array.from({ length: 4 }, () => sealPendingAuditEntries(db())));
    await sealPendingAuditEntries(db());
    const rows = await chain();
    expect(rows).toHaveLength(60);
    expect(rows.map((r) => r.ci)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(await verifyAuditChain(db())).toEqual({ ok: true, checked: 60, unsealed: 0, firstBad: null });
  });

  it('two sealers racing over the same pending rows seal each exactly once', async () => {
    await write(40);
    const sealed = await Promise.all([sealPendingAuditEntries(db()), sealPendingAuditEntries(db())]);
    const again = await sealPendingAuditEntries(db());
    expect(sealed.reduce((a, b) => a + b, 0) + again).toBe(40);
    expect((await chain()).map((r) => r.ci)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('verifies beyond one page and batch (5,003 entries) and finds an edit near the end', async () => {
    await db().execute(sql`
      insert into audit_log (occurred_at, action, entity_type, entity_id, changes)
      select now() + g * interval '1 millisecond', 'test.bulk', 'thing', g::text,
             jsonb_build_object('n', jsonb_build_object('before', null, 'after', g))
        from generate_series(1, 5003) g`);
    let total = 0;
    for (let n = await sealPendingAuditEntries(db()); n > 0; n = await sealPendingAuditEntries(db()))
      total += n;
    expect(total).toBe(5003);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, checked: 5003 });
    await db().execute(sql`update audit_log set entity_id = 'x' where seq = 5002`);
    expect((await verifyAuditChain(db())).firstBad).toMatchObject({ seq: 5002, chainIndex: 5002 });
  });
});
