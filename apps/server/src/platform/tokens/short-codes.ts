import { createHmac, randomInt } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AppContext } from '../context';
import { PURPOSE, type TokenContext } from './signed';
import { shortCodeAttempts, shortCodes } from './tables';

/** No 0/O, 1/I/L: nothing two people could read differently. 31^8 ≈ 8.5·10^11 codes. */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SHORT_CODE_LENGTH = 8;
/** failed redemptions per caller and purpose before a pause, and the window they count in */
export const SHORT_CODE_MAX_FAILURES = 10;
export const SHORT_CODE_WINDOW_MS = 15 * 60 * 1000;
const ISSUE_TRIES = 8;

export type ShortCodeFailure = 'invalid' | 'wrong_purpose' | 'expired' | 'used' | 'rate_limited';
export type RedeemResult<T> =
  | { ok: true; subject: string; value: T }
  | { ok: false; reason: ShortCodeFailure };

export function randomShortCode(): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++)
    code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed ("abcd-efgh", " ABCD EFGH ") as a code, or null if it cannot be one. */
export function normalizeShortCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== SHORT_CODE_LENGTH) return null;
  return [...code].every((c) => SHORT_CODE_ALPHABET.includes(c)) ? code : null;
}

/** Keyed hash: a copy of the table does not give the codes away (a plain hash of 8 chars would). */
const hashOf = (ctx: TokenContext, code: string) =>
  createHmac('sha256', ctx.keys.signing).update(`houqin.short-code.v1.${code}`).digest('hex');

/**
 * Issues a code for `subject`, in the caller's transaction. A code already live is skipped (the
 * partial unique index decides, so two processes cannot hand out the same one).
 */
export async function issueShortCode(
  ctx: TokenContext,
  tx: Executor,
  input: { purpose: string; subject: string; expiresAt: Date },
  generate: () => string = randomShortCode,
): Promise<{ code: string; expiresAt: Date }> {
  if (!PURPOSE.test(input.purpose))
    throw new Error(`short code purpose "${input.purpose}" must be lower-case`);
  const now = ctx.clock.now();
  if (input.expiresAt <= now) throw new Error('short code expiry must be in the future');
  for (let i = 0; i < ISSUE_TRIES; i++) {
    const code = generate();
    const inserted = await tx
      .insert(shortCodes)
      .values({ codeHash: hashOf(ctx, code), ...input, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: shortCodes.id });
    if (inserted.length === 1) return { code, expiresAt: input.expiresAt };
  }
  throw new Error(`no free short code after ${ISSUE_TRIES} tries`);
}

/** Counts one attempt (a fresh window after 15 minutes); returns the failures in the window. */
async function countAttempt(db: Executor, key: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - SHORT_CODE_WINDOW_MS);
  const stale = sql`${shortCodeAttempts.windowStartedAt} <= ${windowStart}`;
  const [row] = await db
    .insert(shortCodeAttempts)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: shortCodeAttempts.key,
      set: {
        failures: sql`case when ${stale} then 1 else ${shortCodeAttempts.failures} + 1 end`,
        windowStartedAt: sql`case when ${stale} then ${now} else ${shortCodeAttempts.windowStartedAt} end`,
      },
    })
    .returning({ failures: shortCodeAttempts.failures });
  return row?.failures ?? 1;
}

async function forgiveAttempt(db: Executor, key: string): Promise<void> {
  await db
    .update(shortCodeAttempts)
    .set({ failures: sql`greatest(${shortCodeAttempts.failures} - 1, 0)` })
    .where(eq(shortCodeAttempts.key, key));
}

/** Why a code did not redeem: the newest row with that hash tells. */
async function failureOf(tx: Executor, hash: string, purpose: string, now: Date): Promise<ShortCodeFailure> {
  const [row] = await tx
    .select({
      purpose: shortCodes.purpose,
      expiresAt: shortCodes.expiresAt,
      redeemedAt: shortCodes.redeemedAt,
    })
    .from(shortCodes)
    .where(eq(shortCodes.codeHash, hash))
    .orderBy(sql`${shortCodes.redeemedAt} is null desc`, desc(shortCodes.createdAt))
    .limit(1);
  if (!row) return 'invalid';
  if (row.purpose !== purpose) return 'wrong_purpose';
  if (row.redeemedAt) return 'used';
  return row.expiresAt <= now ? 'expired' : 'invalid';
}

/**
 * Redeems a typed code once and runs `use` in the same transaction (the check-in, the pickup…):
 * if `use` throws, the code stays unredeemed. Every attempt is counted per `attemptKey` (the
 * user or address typing) and purpose before the code is looked at; after 10 failures in 15
 * minutes the answer is "rate_limited" whatever was typed. The counting runs outside the
 * redemption's transaction so a rollback cannot erase a wrong guess: call this outside any
 * transaction (it opens its own).
 */
export async function redeemShortCode<T>(
  ctx: AppContext,
  input: { code: string; purpose: string; attemptKey: string; now?: Date },
  use: (tx: Executor, redeemed: { subject: string }) => Promise<T>,
): Promise<RedeemResult<T>> {
  const now = input.now ?? ctx.clock.now();
  const key = `${input.purpose}|${input.attemptKey}`.slice(0, 300);
  if ((await countAttempt(ctx.db, key, now)) > SHORT_CODE_MAX_FAILURES)
    return { ok: false, reason: 'rate_limited' };
  const code = normalizeShortCode(input.code);
  if (!code) return { ok: false, reason: 'invalid' };
  const hash = hashOf(ctx, code);
  let found = false;
  try {
    return await ctx.db.transaction(async (tx): Promise<RedeemResult<T>> => {
      const [row] = await tx
        .update(shortCodes)
        .set({ redeemedAt: now })
        .where(
          and(
            eq(shortCodes.codeHash, hash),
            eq(shortCodes.purpose, input.purpose),
            isNull(shortCodes.redeemedAt),
            gt(shortCodes.expiresAt, now),
          ),
        )
        .returning({ subject: shortCodes.subject });
      if (!row) return { ok: false, reason: await failureOf(tx, hash, input.purpose, now) };
      found = true;
      return { ok: true, subject: row.subject, value: await use(tx, { subject: row.subject }) };
    });
  } finally {
    // a right code is not a guess, even if what the caller did with it failed
    if (found) await forgiveAttempt(ctx.db, key);
  }
}
