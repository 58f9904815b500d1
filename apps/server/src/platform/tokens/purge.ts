import { lt } from 'drizzle-orm';
import type { AppContext } from '../context';
import { defineRecurringJob } from '../scheduler';
import { SHORT_CODE_WINDOW_MS } from './short-codes';
import { shortCodeAttempts, shortCodes, usedTokens } from './tables';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what can no longer matter: used-token records and short codes a day past their expiry
 * (an expired token or code is refused before these are read; the day keeps "expired" answers
 * precise meanwhile), and attempt counters whose window has closed.
 */
export async function purgeSpentTokens(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now().getTime();
  const expiredBefore = new Date(now - DAY_MS);
  await ctx.db.delete(usedTokens).where(lt(usedTokens.expiresAt, expiredBefore));
  await ctx.db.delete(shortCodes).where(lt(shortCodes.expiresAt, expiredBefore));
  await ctx.db
    .delete(shortCodeAttempts)
    .where(lt(shortCodeAttempts.windowStartedAt, new Date(now - SHORT_CODE_WINDOW_MS)));
}

defineRecurringJob('tokens.purge-spent', '17 3 * * *', async ({ ctx }) => {
  await purgeSpentTokens(ctx);
});
