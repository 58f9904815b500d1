import type { CreateCanteenInput, Role } from '@houqin/contracts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { LoggedIn } from '../../test/fixtures';
import type { TestApp } from '../../test/harness';
import { users } from '../organisation/tables';

/** Breakfast the day before 18:00, lunch 09:30, dinner 14:00 (minutes in Asia/Shanghai); prices in fen. */
export const threeMeals: CreateCanteenInput['meals'] = [
  {
    meal: 'breakfast',
    servesFromMinute: 420,
    servesToMinute: 510,
    cutoffDayOffset: -1,
    cutoffMinute: 1080,
    priceStaffFen: 500,
    priceGuestFen: 1000,
    priceWalkInFen: 800,
  },
  {
    meal: 'lunch',
    servesFromMinute: 690,
    servesToMinute: 780,
    cutoffDayOffset: 0,
    cutoffMinute: 570,
    priceStaffFen: 1200,
    priceGuestFen: 2500,
    priceWalkInFen: 1800,
  },
  {
    meal: 'dinner',
    servesFromMinute: 1050,
    servesToMinute: 1140,
    cutoffDayOffset: 0,
    cutoffMinute: 840,
    priceStaffFen: 1000,
    priceGuestFen: 2000,
    priceWalkInFen: 1500,
  },
];

/** Adds a user with the shared test password (copied from an existing test user's hash). */
export async function addUser(
  db: Database,
  input: { username: string; displayName: string; unitId: string; roles: Role[] },
): Promise<{ id: string; username: string }> {
  const [model] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.username, 'zhangsan'));
  if (!model) throw new Error('seedTestOrg first');
  const [u] = await db
    .insert(users)
    .values({ ...input, passwordHash: model.hash })
    .returning({ id: users.id, username: users.username });
  if (!u) throw new Error('insert user failed');
  return u;
}

/** A request helper bound to a test app: JSON in, the parsed answer and status out. */
export function caller(t: TestApp) {
  return async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    who?: LoggedIn,
    payload?: object,
  ) => {
    const res = await t.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { ...(who?.headers ?? {}), 'accept-language': 'en' },
    });
    const type = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, body: type.includes('json') ? res.json() : res.body, raw: res };
  };
}
