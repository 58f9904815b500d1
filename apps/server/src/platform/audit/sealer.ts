import { asc, desc, isNotNull, isNull, sql } from 'drizzle-orm';
import { commitWithoutFlushWait, type Database, queryRows } from '../../db/client';
import type { AppContext } from '../context';
import { entryHash, GENESIS_HASH } from './chain';
import { auditLog } from './tables';

/** Advisory lock key: only one sealer at a time across every process on the database. */
const SEALER_LOCK_KEY = 4_807_231_001;
/**
 * Entries per pass: hashing runs on the event loop, so a backlog (after a user import) is sealed
 * in slices with requests served in between, not in one long block.
 */
const BATCH = 250;

/**
 * Seals committed, unsealed entries in seq order: each gets the next chain index, the previous
 * hash and its own hash. Returns how many were sealed (0 when another process holds the lock).
 */
export async function sealPendingAuditEntries(db: Database, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) as locked`,
    );
    if (!lock?.locked) return 0;
    const [last] = await tx
      .select({ chainIndex: auditLog.chainIndex, hash: auditLog.hash })
      .from(auditLog)
      .where(isNotNull(auditLog.chainIndex))
      .orderBy(desc(auditLog.chainIndex))
      .limit(1);
    const pending = await tx
      .select()
      .from(auditLog)
      .where(isNull(auditLog.chainIndex))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    if (pending.length === 0) return 0;
    await commitWithoutFlushWait(tx);
    let prev = last?.hash ?? GENESIS_HASH;
    let index = last?.chainIndex ?? 0;
    const sealed = pending.map((row) => {
      index += 1;
      const hash = entryHash(prev, { ...row, chainIndex: index });
      const item = { seq: row.seq, ci: index, ph: prev, h: hash };
      prev = hash;
      return item;
    });
    await tx.execute(sql`
      update audit_log a
         set chain_index = v.ci, prev_hash = v.ph, hash = v.h, sealed_at = ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb) as v(seq bigint, ci bigint, ph text, h text)
       where a.seq = v.seq`);
    return sealed.length;
  });
}

/** Runs the sealer every AUDIT_SEAL_INTERVAL_MS; stop() waits for a running pass and seals once more. */
export function startAuditSealer(ctx: AppContext): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = running
      .then(async () => {
        while (!stopped && (await sealPendingAuditEntries(ctx.db, ctx.clock.now())) === BATCH) {
          await new Promise((resolve) => setImmediate(resolve));
        }
      })
      .catch((err) => ctx.log.error({ err }, 'audit sealer failed; will retry'));
  };
  const timer = setInterval(tick, ctx.config.auditSealIntervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      stopped = true;
      await sealPendingAuditEntries(ctx.db, ctx.clock.now()).catch((err) =>
        ctx.log.error({ err }, 'final audit seal failed'),
      );
    },
  };
}
