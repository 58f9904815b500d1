import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { consumeToken } from './consume';
import { signToken } from './signed';
import { usedTokens } from './tables';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('single-use tokens', () => {
  let t: TestApp;
  const purpose = 'meal.pickup';
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  });
  afterAll(async () => t.close());

  const sign = (subject = 'order-1') =>
    signToken(t.ctx, { purpose, subject, expiresAt: new Date(t.clock.now().getTime() + 60_000) });
  const consume = (token: string, expect: { purpose: string; subject?: string } = { purpose }) =>
    t.ctx.db.transaction((tx) => consumeToken(t.ctx, tx, token, expect));

  it('is used once; the second use is refused', async () => {
    const token = sign();
    const first = await consume(token, { purpose, subject: 'order-1' });
    expect(first.ok).toBe(true);
    expect(await consume(token)).toEqual({ ok: false, reason: 'used' });
    const rows = await t.ctx.db.select().from(usedTokens);
    expect(rows.filter((r) => r.subject === 'order-1')).toHaveLength(1);
  });

  it('counts as used only when the transaction that used it commits', async () => {
    const token = sign('order-2');
    await expect(
      t.ctx.db.transaction(async (tx) => {
        expect((await consumeToken(t.ctx, tx, token, { purpose })).ok).toBe(true);
        throw new Error('the pickup failed');
      }),
    ).rejects.toThrow('the pickup failed');
    expect((await consume(token)).ok).toBe(true);
  });

  it('records nothing for a token that does not verify', async () => {
    const token = sign('order-3');
    expect(await consume(token, { purpose: 'visitor.pass' })).toEqual({ ok: false, reason: 'wrong_purpose' });
    expect(await consume(token, { purpose, subject: 'order-4' })).toEqual({
      ok: false,
      reason: 'wrong_subject',
    });
    t.clock.advance(60_000);
    expect(await consume(token)).toEqual({ ok: false, reason: 'expired' });
    expect(await t.ctx.db.select().from(usedTokens).where(eq(usedTokens.subject, 'order-3'))).toEqual([]);
  });

  it('lets exactly one of several parallel uses through (the database decides)', async () => {
    const token = sign('order-5');
    const attempts = Array.from({ length: 8 }, () =>
      t.ctx.db.transaction(async (tx) => {
        const result = await consumeToken(t.ctx, tx, token, { purpose });
        // hold the transaction open so the others reach the insert while it is uncommitted
        await sleep(50);
        return result;
      }),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(7).fill('used'));
  });
});
