import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock';
import { deriveKeys } from '../crypto';
import { inspectToken, MAX_TOKEN_LENGTH, signToken, type TokenContext, verifyToken } from './signed';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MINUTE = 60_000;

describe('signed tokens', () => {
  const clock = new ManualClock('2026-03-02T01:00:00Z');
  const ctx: TokenContext = { keys: deriveKeys('a-test-secret-long-enough-for-hkdf-123456'), clock };
  const pass = { purpose: 'visitor.pass', subject: 'visit-42' };
  const sign = (extra: Partial<Parameters<typeof signToken>[1]> = {}) =>
    signToken(ctx, { ...pass, expiresAt: new Date(clock.now().getTime() + 10 * MINUTE), ...extra });

  it('round-trips purpose, subject, window and data', () => {
    const token = sign({ data: { gate: 'east', guests: 2, vip: false } });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const result = verifyToken(ctx, token, pass);
    expect(result).toEqual({
      ok: true,
      payload: {
        id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
        purpose: 'visitor.pass',
        subject: 'visit-42',
        issuedAt: new Date('2026-03-02T01:00:00Z'),
        notBefore: null,
        expiresAt: new Date('2026-03-02T01:10:00Z'),
        data: { gate: 'east', guests: 2, vip: false },
      },
    });
    // every token is its own: same input, different id
    expect(sign()).not.toBe(sign());
  });

  it('refuses the token altered by one character at every position, payload and signature alike', () => {
    const token = sign({ data: { room: '301' } });
    const dot = token.indexOf('.');
    let checked = 0;
    for (let i = 0; i < token.length; i++) {
      const original = token.charAt(i);
      // two replacements per position: the next character of the alphabet and one far from it
      const at = B64URL.indexOf(original);
      for (const replacement of i === dot ? ['A', '-'] : [B64URL[(at + 1) % 64], B64URL[(at + 32) % 64]]) {
        const altered = token.slice(0, i) + replacement + token.slice(i + 1);
        const result = verifyToken(ctx, altered, pass);
        expect(result.ok, `position ${i} → ${replacement}`).toBe(false);
        const expected = i === dot ? 'malformed' : 'bad_signature';
        expect(result, `position ${i}`).toEqual({ ok: false, reason: expected });
        checked += 1;
      }
    }
    expect(checked).toBe(token.length * 2);
    // and one character more or less
    expect(verifyToken(ctx, `${token}A`, pass)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyToken(ctx, token.slice(0, -1), pass)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyToken(ctx, token.slice(1), pass)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a payload rewritten for another record with the old signature', () => {
    const token = sign();
    const [payload, signature] = token.split('.');
    const wire = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...wire, s: 'visit-43' })).toString('base64url');
    expect(verifyToken(ctx, `${forged}.${signature}`, pass)).toEqual({ ok: false, reason: 'bad_signature' });
    const other = sign({ subject: 'visit-43' });
    expect(verifyToken(ctx, `${payload}.${other.split('.')[1]}`, pass)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('refuses a token signed with another server secret', () => {
    const foreign: TokenContext = { keys: deriveKeys('another-secret-long-enough-for-hkdf-654321'), clock };
    const token = signToken(foreign, { ...pass, expiresAt: new Date(clock.now().getTime() + MINUTE) });
    expect(verifyToken(ctx, token, pass)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('is valid up to its expiry and expired from then on', () => {
    const token = sign();
    const later = (ms: number) => new Date(clock.now().getTime() + ms);
    expect(verifyToken(ctx, token, { ...pass, now: later(10 * MINUTE - 1) }).ok).toBe(true);
    expect(verifyToken(ctx, token, { ...pass, now: later(10 * MINUTE) })).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(inspectToken(ctx, token, later(60 * MINUTE))).toEqual({ ok: false, reason: 'expired' });
  });

  it('is not valid before its window opens', () => {
    const opens = new Date(clock.now().getTime() + 5 * MINUTE);
    const token = sign({ notBefore: opens });
    expect(verifyToken(ctx, token, pass)).toEqual({ ok: false, reason: 'not_yet_valid' });
    expect(verifyToken(ctx, token, { ...pass, now: opens }).ok).toBe(true);
  });

  it('cannot be used for another purpose or another record', () => {
    const token = sign();
    expect(verifyToken(ctx, token, { purpose: 'meal.pickup' })).toEqual({
      ok: false,
      reason: 'wrong_purpose',
    });
    expect(verifyToken(ctx, token, { ...pass, subject: 'visit-43' })).toEqual({
      ok: false,
      reason: 'wrong_subject',
    });
    expect(verifyToken(ctx, token, { ...pass, subject: 'visit-42' }).ok).toBe(true);
    // a genuine token for something else says so, even once expired
    const later = new Date(clock.now().getTime() + 20 * MINUTE);
    expect(verifyToken(ctx, token, { purpose: 'meal.pickup', now: later })).toEqual({
      ok: false,
      reason: 'wrong_purpose',
    });
  });

  it.each([
    ['empty', ''],
    ['no dot', 'abcdef'],
    ['two dots', 'a.b.c'],
    ['padding', `${'A'.repeat(10)}=.${'A'.repeat(43)}`],
    ['spaces', ` ${'A'.repeat(10)}.${'A'.repeat(43)}`],
    ['short signature', `${'A'.repeat(10)}.${'A'.repeat(42)}`],
    ['huge', `${'A'.repeat(100_000)}.${'A'.repeat(43)}`],
  ])('calls a %s token malformed without throwing', (_name, token) => {
    expect(verifyToken(ctx, token, pass)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses to sign nonsense', () => {
    const expiresAt = new Date(clock.now().getTime() + MINUTE);
    expect(() => signToken(ctx, { purpose: 'Visitor Pass', subject: 'x', expiresAt })).toThrow('purpose');
    expect(() => signToken(ctx, { ...pass, expiresAt: clock.now() })).toThrow('future');
    expect(() =>
      signToken(ctx, { ...pass, expiresAt, data: { blob: 'x'.repeat(MAX_TOKEN_LENGTH) } }),
    ).toThrow('keep data short');
  });
});
