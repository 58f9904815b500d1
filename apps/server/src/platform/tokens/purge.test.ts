import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { consumeToken } from './consume';
import { purgeSpentTokens } from './purge';
import { issueShortCode, redeemShortCode } from './short-codes';
import { signToken } from './signed';
import { shortCodeAttempts, shortCodes, usedTokens } from './tables';

describe('purging spent tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  });
  afterAll(async () => t.close());

  it('keeps records until a day after expiry, then removes them; a replay is still refused', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 60_000);
    const token = signToken(t.ctx, { purpose: 'meal.pickup', subject: 'o-1', expiresAt });
    await t.ctx.db.transaction((tx) => consumeToken(t.ctx, tx, token, { purpose: 'meal.pickup' }));
    await t.ctx.db.transaction((tx) =>
      issueShortCode(t.ctx, tx, { purpose: 'meal.pickup', subject: 'o-1', expiresAt }),
    );
    await redeemShortCode(
      t.ctx,
      { code: 'ZZZZZZZZ', purpose: 'meal.pickup', attemptKey: 'k' },
      async () => 0,
    );

    t.clock.advance(23 * 60 * 60 * 1000);
    await purgeSpentTokens(t.ctx);
    expect(await t.ctx.db.select().from(usedTokens)).toHaveLength(1);
    expect(await t.ctx.db.select().from(shortCodes)).toHaveLength(1);
    expect(await t.ctx.db.select().from(shortCodeAttempts)).toHaveLength(0);

    t.clock.advance(2 * 60 * 60 * 1000);
    await purgeSpentTokens(t.ctx);
    expect(await t.ctx.db.select().from(usedTokens)).toHaveLength(0);
    expect(await t.ctx.db.select().from(shortCodes)).toHaveLength(0);
    const replay = await t.ctx.db.transaction((tx) =>
      consumeToken(t.ctx, tx, token, { purpose: 'meal.pickup' }),
    );
    expect(replay).toEqual({ ok: false, reason: 'expired' });
  });
});
