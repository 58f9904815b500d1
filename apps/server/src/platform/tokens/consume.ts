import type { Executor } from '../../db/client';
import { type TokenContext, type VerifyResult, verifyToken } from './signed';
import { usedTokens } from './tables';

/**
 * Verifies a single-use token and records its use in the caller's transaction. The token id is
 * the primary key of used_tokens: of two uses racing, the second waits for the first to commit
 * and then gets "used" (if the first rolls back, the token was not used and the second succeeds).
 */
export async function consumeToken(
  ctx: TokenContext,
  tx: Executor,
  token: string,
  expect: { purpose: string; subject?: string; now?: Date },
): Promise<VerifyResult> {
  const now = expect.now ?? ctx.clock.now();
  const result = verifyToken(ctx, token, { ...expect, now });
  if (!result.ok) return result;
  const { payload } = result;
  const inserted = await tx
    .insert(usedTokens)
    .values({
      tokenId: payload.id,
      purpose: payload.purpose,
      subject: payload.subject,
      expiresAt: payload.expiresAt,
      usedAt: now,
    })
    .onConflictDoNothing()
    .returning({ tokenId: usedTokens.tokenId });
  return inserted.length === 1 ? result : { ok: false, reason: 'used' };
}
