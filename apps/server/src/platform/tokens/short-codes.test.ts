import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createTestApp, type TestApp } from '../../test/harness';
import {
  issueShortCode,
  normalizeShortCode,
  redeemShortCode,
  SHORT_CODE_ALPHABET,
  SHORT_CODE_MAX_FAILURES,
  SHORT_CODE_WINDOW_MS,
} from './short-codes';

const HOUR = 60 * 60 * 1000;

describe('short codes', () => {
  let t: TestApp;
  const purpose = 'visitor.checkin';
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T01:00:00Z' });
  });
  afterAll(async () => t.close());

  const issue = (subject: string, input: { purpose?: string; ttl?: number; generate?: () => string } = {}) =>
    t.ctx.db.transaction((tx) =>
      issueShortCode(
        t.ctx,
        tx,
        {
          purpose: input.purpose ?? purpose,
          subject,
          expiresAt: new Date(t.clock.now().getTime() + (input.ttl ?? HOUR)),
        },
        input.generate,
      ),
    );
  const redeem = (code: string, options: { purpose?: string; attemptKey?: string } = {}) =>
    redeemShortCode(
      t.ctx,
      { code, purpose: options.purpose ?? purpose, attemptKey: options.attemptKey ?? 'guard-1' },
      async (_tx, { subject }) => `checked in ${subject}`,
    );

  it('issues 8 unambiguous characters, stored only as a keyed hash', async () => {
    const { code } = await issue('visit-1');
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const rows = await queryRows<{ code_hash: string }>(t.ctx.db, sql`select code_hash from short_codes`);
    expect(rows.some((r) => r.code_hash.includes(code))).toBe(false);
    expect(rows[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('redeems once, as typed by a person, and runs the action with it', async () => {
    const { code } = await issue('visit-2');
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `;
    expect(await redeem(typed)).toEqual({ ok: true, subject: 'visit-2', value: 'checked in visit-2' });
    expect(await redeem(code)).toEqual({ ok: false, reason: 'used' });
    expect(normalizeShortCode('ABCD-EFG0')).toBeNull();
  });

  it('stays unredeemed when the action fails', async () => {
    const { code } = await issue('visit-3');
    const failing = redeemShortCode(t.ctx, { code, purpose, attemptKey: 'guard-1' }, async () => {
      throw new Error('gate offline');
    });
    await expect(failing).rejects.toThrow('gate offline');
    expect((await redeem(code)).ok).toBe(true);
  });

  it('expires', async () => {
    const { code } = await issue('visit-4', { ttl: 10 * 60_000 });
    t.clock.advance(10 * 60_000);
    expect(await redeem(code)).toEqual({ ok: false, reason: 'expired' });
  });

  it('does not redeem for another purpose (and is not spent by trying)', async () => {
    const { code } = await issue('visit-5');
    expect(await redeem(code, { purpose: 'meal.pickup' })).toEqual({ ok: false, reason: 'wrong_purpose' });
    expect((await redeem(code)).ok).toBe(true);
  });

  it('skips a code that is live already and may reuse one once redeemed', async () => {
    const codes = ['AAAAAAAA', 'AAAAAAAA', 'BBBBBBBB'];
    const generate = () => codes.shift() ?? 'CCCCCCCC';
    expect((await issue('visit-6', { generate })).code).toBe('AAAAAAAA');
    expect((await issue('visit-7', { generate })).code).toBe('BBBBBBBB');
    expect((await redeem('AAAAAAAA')).ok).toBe(true);
    expect((await issue('visit-8', { generate: () => 'AAAAAAAA' })).code).toBe('AAAAAAAA');
    expect(await redeem('AAAAAAAA')).toMatchObject({ ok: true, subject: 'visit-8' });
    await expect(issue('visit-9', { generate: () => 'BBBBBBBB' })).rejects.toThrow('no free short code');
  });

  it('stops guessing after 10 failures in 15 minutes, per caller and purpose', async () => {
    const { code } = await issue('visit-10');
    for (let i = 0; i < SHORT_CODE_MAX_FAILURES; i++) {
      expect((await redeem('ZZZZZZZZ', { attemptKey: 'kiosk-7' })).ok).toBe(false);
    }
    expect(await redeem(code, { attemptKey: 'kiosk-7' })).toEqual({ ok: false, reason: 'rate_limited' });
    // another caller is not affected, and the window closes
    const other = await issue('visit-11');
    expect((await redeem(other.code, { attemptKey: 'kiosk-8' })).ok).toBe(true);
    t.clock.advance(SHORT_CODE_WINDOW_MS);
    expect((await redeem(code, { attemptKey: 'kiosk-7' })).ok).toBe(true);
  });

  it('does not count right codes against a busy guard', async () => {
    for (let i = 0; i < SHORT_CODE_MAX_FAILURES + 5; i++) {
      const { code } = await issue(`busy-${i}`);
      expect((await redeem(code, { attemptKey: 'busy-guard' })).ok).toBe(true);
    }
  });

  it('redeems once when two guards type it at the same time', async () => {
    const { code } = await issue('visit-12');
    const results = await Promise.all(
      ['gate-a', 'gate-b', 'gate-c'].map((attemptKey) => redeem(code, { attemptKey })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: 'used' },
      { ok: false, reason: 'used' },
    ]);
  });
});
