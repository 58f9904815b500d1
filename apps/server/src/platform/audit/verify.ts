import type { AuditVerifyResult } from '@houqin/contracts';
import { and, asc, count, gt, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { entryHash, GENESIS_HASH } from './chain';
import { auditLog } from './tables';

const PAGE = 5_000;

/**
 * Walks the sealed chain in order and names the first entry that was altered (its hash no longer
 * matches its content), removed (a gap in chain positions, or a broken link to the previous hash)
 * or reordered (content hashed at another position).
 */
export async function verifyAuditChain(db: Database): Promise<AuditVerifyResult> {
  let expectedIndex = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(isNotNull(auditLog.chainIndex), gt(auditLog.chainIndex, expectedIndex - 1)))
      .orderBy(asc(auditLog.chainIndex))
      .limit(PAGE);
    for (const row of rows) {
      const chainIndex = row.chainIndex ?? 0;
      const bad = (reason: string) => ({ seq: row.seq, chainIndex, reason });
      let firstBad: AuditVerifyResult['firstBad'] = null;
      if (chainIndex !== expectedIndex) {
        firstBad = bad(`entry at chain position ${expectedIndex} is missing (removed)`);
      } else if (row.prevHash !== prev) {
        firstBad = bad('link to the previous entry is broken (an entry was removed or reordered)');
      } else if (row.hash !== entryHash(prev, { ...row, chainIndex })) {
        firstBad = bad('content does not match its hash (altered)');
      }
      if (firstBad) return { ok: false, checked, unsealed: await countUnsealed(db), firstBad };
      prev = row.hash ?? '';
      expectedIndex += 1;
      checked += 1;
    }
    if (rows.length < PAGE) break;
  }
  return { ok: true, checked, unsealed: await countUnsealed(db), firstBad: null };
}

async function countUnsealed(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.chainIndex));
  return row?.n ?? 0;
}
