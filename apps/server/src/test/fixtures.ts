import type { Role } from '@houqin/contracts';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client';
import { units, users } from '../domains/organisation/tables';
import { hashPassword } from '../platform/auth/password';

export const TEST_PASSWORD = 'Houqin-test-2026';
let passwordHash: Promise<string> | undefined;
/** argon2 is slow on purpose: hash the shared test password once per worker. */
const testHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

export interface TestOrg {
  rootUnitId: string;
  unitA: string;
  unitB: string;
  users: Record<
    'admin' | 'staffA' | 'staffB' | 'unitAdminA' | 'auditor' | 'logistics',
    { id: string; username: string }
  >;
}

/** A small organisation: a district with units A and B and one user per common role. */
export async function seedTestOrg(db: Database): Promise<TestOrg> {
  const [root] = await db.insert(units).values({ name: '测试区政府', code: 'ROOT' }).returning();
  if (!root) throw new Error('seed failed');
  const [a, b] = await db
    .insert(units)
    .values([
      { name: '区发改局', code: 'FGJ', parentId: root.id, sortOrder: 1 },
      { name: '区财政局', code: 'CZJ', parentId: root.id, sortOrder: 2 },
    ])
    .returning();
  if (!a || !b) throw new Error('seed failed');
  const hash = await testHash();
  const make = async (username: string, displayName: string, unitId: string, roles: Role[]) => {
    const [u] = await db
      .insert(users)
      .values({ username, displayName, unitId, roles, passwordHash: hash })
      .returning({ id: users.id, username: users.username });
    if (!u) throw new Error('seed failed');
    return u;
  };
  return {
    rootUnitId: root.id,
    unitA: a.id,
    unitB: b.id,
    users: {
      admin: await make('sysadmin1', '系统管理员', root.id, ['staff', 'sysadmin']),
      staffA: await make('zhangsan', '张三', a.id, ['staff']),
      staffB: await make('lisi', '李四', b.id, ['staff']),
      unitAdminA: await make('wangwu', '王五', a.id, ['staff', 'unit_admin']),
      auditor: await make('zhaoliu', '赵六', root.id, ['staff', 'auditor']),
      logistics: await make('sunqi', '孙七', root.id, ['staff', 'logistics_admin']),
    },
  };
}

export interface LoggedIn {
  cookie: string;
  csrfToken: string;
  /** headers for app.inject: the session cookie and the CSRF token */
  headers: Record<string, string>;
}

export async function loginAs(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<LoggedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'houqin_sid');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = res.json().csrfToken as string;
  const cookieHeader = `houqin_sid=${cookie.value}`;
  return { cookie: cookieHeader, csrfToken, headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken } };
}
