import { sql } from 'drizzle-orm';
import { generatePassword } from '../domains/organisation/generate-password';
import { provisionUnit } from '../domains/organisation/units-service';
import { insertAccounts } from '../domains/organisation/user-accounts';
import { anyUserExists } from '../domains/organisation/users-service';
import { systemCaller } from '../platform/auth/actor';
import { assertPasswordPolicy, hashPassword } from '../platform/auth/password';
import type { AppContext } from '../platform/context';
import { DEMO_PASSWORD, type DemoLogin, demoRoot, seedDemoData } from './demo';
import { adminPasswordNotice, demoLoginTable, urlHint } from './print';

/** Only one process seeds, even when several start at once on one PostgreSQL server. */
const SEED_LOCK_KEY = 4_807_231_003;

export const ADMIN_USERNAME = 'admin';
const plainRoot = { code: 'ROOT', name: '区人民政府' };

export interface FirstStartOptions {
  /** where the one-time notices go (stdout by default) */
  write?: (text: string) => void;
}

export type FirstStartResult =
  | { seeded: false }
  | { seeded: true; adminPassword?: string; demo?: { logins: DemoLogin[]; users: number; units: number } };

/**
 * On an empty database (no users): the root unit and the sysadmin `admin` with
 * HOUQIN_ADMIN_PASSWORD or a generated password printed once; then, unless HOUQIN_DEMO=false,
 * the demo district with one login per role. All in one transaction; a database that has users
 * is never touched.
 */
export async function seedOnFirstStart(
  ctx: AppContext,
  options: FirstStartOptions = {},
): Promise<FirstStartResult> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (await anyUserExists(ctx.db)) return { seeded: false };

  const configured = ctx.config.adminPassword;
  if (configured) {
    try {
      assertPasswordPolicy(configured, ADMIN_USERNAME);
    } catch {
      throw new Error(
        'HOUQIN_ADMIN_PASSWORD does not meet the password policy: at least 10 characters with letters and digits, not "admin" and not a well-known password',
      );
    }
  }
  const adminPassword = configured ?? generatePassword();
  const adminHash = await hashPassword(adminPassword);
  const demoPasswordHash = ctx.config.demo ? await hashPassword(DEMO_PASSWORD) : undefined;
  const root = ctx.config.demo ? demoRoot : plainRoot;

  const outcome = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (await anyUserExists(tx)) return undefined; // another process seeded while we hashed
    const rootUnit = await provisionUnit(ctx, tx, systemCaller, { ...root, parentId: null, sortOrder: 0 });
    await insertAccounts(ctx, tx, systemCaller, [
      {
        username: ADMIN_USERNAME,
        displayName: '系统管理员',
        unitId: rootUnit.id,
        roles: ['staff', 'sysadmin'],
        passwordHash: adminHash,
        // a printed password is a bootstrap secret: replace it at once; a configured one was chosen
        mustChangePassword: !configured,
      },
    ]);
    if (!demoPasswordHash) return { demo: undefined };
    const demo = await seedDemoData({
      ctx,
      tx,
      caller: systemCaller,
      rootUnitId: rootUnit.id,
      rootCode: root.code,
      rootName: root.name,
      demoPasswordHash,
    });
    return { demo };
  });
  if (!outcome) return { seeded: false };

  ctx.log.info({ demo: Boolean(outcome.demo) }, 'first start: seeded the root unit and the admin account');
  write(urlHint(ctx.config));
  if (!configured) write(adminPasswordNotice(adminPassword));
  if (outcome.demo) write(demoLoginTable(outcome.demo.logins, outcome.demo));
  return {
    seeded: true,
    ...(configured ? {} : { adminPassword }),
    ...(outcome.demo ? { demo: outcome.demo } : {}),
  };
}
