import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Single-use signed tokens that have been used: the primary key makes a second use fail even
 * when two requests race (the second insert waits for the first and then finds the row).
 * Rows can go once the token has expired (an expired token is refused before this table is asked).
 */
export const usedTokens = pgTable(
  'used_tokens',
  {
    tokenId: text('token_id').primaryKey(),
    purpose: text('purpose').notNull(),
    subject: text('subject').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('used_tokens_expires_idx').on(t.expiresAt)],
);

/**
 * Short human-typable codes (fallback for a QR a camera cannot read). Only a keyed hash of the
 * code is stored. A code is unique among the unredeemed ones (partial unique index); redeeming
 * sets redeemed_at in one conditional update, so it succeeds once.
 */
export const shortCodes = pgTable(
  'short_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codeHash: text('code_hash').notNull(),
    purpose: text('purpose').notNull(),
    subject: text('subject').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('short_codes_live_key').on(t.codeHash).where(sql`${t.redeemedAt} is null`),
    index('short_codes_hash_idx').on(t.codeHash),
    index('short_codes_expires_idx').on(t.expiresAt),
  ],
);

/** Failed short-code guesses per caller and purpose in a 15-minute window (works across processes). */
export const shortCodeAttempts = pgTable('short_code_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true, precision: 3 }).notNull(),
});
