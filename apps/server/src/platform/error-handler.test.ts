import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, TEST_PASSWORD } from '../test/fixtures';
import { createTestApp, type TestApp } from '../test/harness';
import { auditLog } from './audit/tables';
import { sessions } from './auth/tables';

const CJK = /[\u4e00-\u9fff]/;

/** Every route the app serves, read from Fastify's own route tree. */
function listRoutes(app: FastifyInstance): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const prefixes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    const url = (prefixes[depth - 1] ?? '') + (m[2] ?? '');
    prefixes.length = depth;
    prefixes[depth] = url;
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) routes.push({ method, url });
  }
  return routes;
}

describe('every route validates: 400 naming the field, localized, nothing written, never 500', () => {
  let t: TestApp;
  let staff: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    await seedTestOrg(t.ctx.db);
    staff = await loginAs(t.app, 'zhangsan');
  });
  afterAll(async () => t.close());

  const counts = async () => ({
    sessions: (await t.ctx.db.select({ n: count() }).from(sessions))[0]?.n,
    audit: (await t.ctx.db.select({ n: count() }).from(auditLog))[0]?.n,
  });

  interface Case {
    label: string;
    url: string;
    signedIn: boolean;
    payload: unknown;
    path: string;
  }
  const login = (label: string, payload: unknown, path: string): Case => ({
    label,
    url: '/api/auth/login',
    signedIn: false,
    payload,
    path,
  });
  const password = (label: string, payload: unknown, path: string): Case => ({
    label,
    url: '/api/me/password',
    signedIn: true,
    payload,
    path,
  });
  const cases: Case[] = [
    login('wrong type', { username: 5, password: 'x' }, 'body.username'),
    login('missing field', { password: 'x' }, 'body.username'),
    login('65-character username', { username: 'u'.repeat(65), password: 'x' }, 'body.username'),
    login('blank username', { username: '   ', password: 'x' }, 'body.username'),
    login('array for a string', { username: 'zhangsan', password: ['x'] }, 'body.password'),
    login('unknown field', { username: 'a', password: 'b', extra: 1 }, 'body.extra'),
    login('NUL character', { username: 'a\u0000b', password: 'x' }, 'body.username'),
    login('array body', [{ username: 'a', password: 'b' }], 'body'),
    password('wrong type', { currentPassword: 1, newPassword: 'x' }, 'body.currentPassword'),
    password('missing field', { currentPassword: 'x' }, 'body.newPassword'),
    password(
      'overlong',
      { currentPassword: TEST_PASSWORD, newPassword: 'n'.repeat(257) },
      'body.newPassword',
    ),
    password(
      'unknown field',
      { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-pass-2026', extra: true },
      'body.extra',
    ),
  ];

  it.each(cases)('$url, $label → 400 at $path', async ({ url, signedIn, payload, path }) => {
    const before = await counts();
    for (const [language, pattern] of [
      [undefined, CJK],
      ['en', /^Field "/],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...(signedIn ? staff.headers : {}), ...(language ? { 'accept-language': language } : {}) },
        payload: payload as Record<string, unknown>,
      });
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('VALIDATION_FAILED');
      const issue = error.issues.find((i: { path: string }) => i.path === path);
      expect(issue, JSON.stringify(error.issues)).toBeDefined();
      expect(issue.message).toMatch(pattern);
      expect(issue.message).toContain(path);
      if (language === 'en') expect(`${error.message}${issue.message}`).not.toMatch(CJK);
      else expect(error.message).toMatch(CJK);
    }
    expect(await counts()).toEqual(before);
  });

  it('says what was wrong in plain words', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 5, password: 'u'.repeat(300) },
    });
    const messages = res.json().error.issues.map((i: { message: string }) => i.message);
    expect(messages).toEqual([
      'Field "body.username": expected string, received number',
      'Field "body.password": must be at most 256 characters',
    ]);
    const zh = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { password: 'x' } });
    expect(zh.json().error.issues[0].message).toBe('字段“body.username”：必填');
  });

  it('malformed JSON → 400 MALFORMED_JSON, localized, nothing written', async () => {
    const before = await counts();
    for (const [url, headers] of [
      ['/api/auth/login', {}],
      ['/api/me/password', staff.headers],
    ] as const) {
      const zh = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: '{"username": "zhangsan", ',
      });
      expect(zh.statusCode).toBe(400);
      expect(zh.json().error).toEqual({ code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' });
      const en = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' },
        payload: '{oops',
      });
      expect(en.json().error.message).toBe('The request body is not valid JSON');
    }
    expect(await counts()).toEqual(before);
  });

  it('query strings are validated the same way', async () => {
    const auditor = await loginAs(t.app, 'zhaoliu');
    const res = await t.app.inject({ method: 'GET', url: '/api/audit?action=%00', headers: auditor.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.issues[0].path).toBe('query.action');
  });
});

describe('garbage at every mutating route is never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => t.close());

  /** Our {error: {code, message}}, also for errors Fastify raises before routing (app.ts frameworkErrors). */
  const hasErrorBody = (body: { error?: { code?: string } }) => Boolean(body.error?.code);
  async function stillSignedIn(who: LoggedIn): Promise<LoggedIn> {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: who.cookie },
    });
    return res.statusCode === 200 ? who : loginAs(t.app, 'sysadmin1');
  }
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const json = 'application/json';
  const garbage: [string, string][] = [
    [json, '[]'],
    [json, 'null'],
    [json, '"a string"'],
    [json, '1e999'],
    [json, 'true'],
    [json, '{}'],
    [json, '{'],
    [json, ''],
    [json, '{"a":123456789012345678901234567890123456789,"b":-1e308,"c":1e999}'],
    [json, '{"username":{"$gt":""},"password":{"$ne":null},"name":[],"parentId":{}}'],
    [json, '{"__proto__":{"isAdmin":true}}'],
    [json, '{"constructor":{"prototype":{"isAdmin":true}}}'],
    [json, '{"name":"\\u0000","code":"\\u0000","username":"\\u0000"}'],
    [json, nested(5_000)],
    [json, `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
    [json, JSON.stringify({ name: 'x'.repeat(1_100_000) })],
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'username=a&password=b'],
    ['application/xml', '<a/>'],
    ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc'],
  ];

  it('finds the routes to attack', () => {
    const urls = listRoutes(t.app).map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('POST /api/auth/login');
    expect(urls).toContain('POST /api/me/password');
    expect(urls).toContain('GET /api/audit/:id');
    expect(urls).toContain('GET /api/audit/export.xlsx');
  });

  it('answers every garbage body < 500, anonymous and signed in', async () => {
    const mutating = listRoutes(t.app).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
    const failures: string[] = [];
    let admin = await loginAs(t.app, 'sysadmin1');
    for (const route of mutating) {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', 'x'.repeat(500)]) {
        const url = route.url.replace(/:\w+/g, id);
        for (const [contentType, payload] of garbage) {
          for (const who of [undefined, admin]) {
            const res = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: { ...(who?.headers ?? {}), 'content-type': contentType },
              payload,
            });
            if (res.statusCode >= 500 || (res.statusCode >= 400 && !hasErrorBody(res.json()))) {
              failures.push(
                `${route.method} ${url} ${contentType} ${payload.slice(0, 60)} → ${res.statusCode}`,
              );
            }
            // some garbage is a valid request (logout with {}): sign in again when it ended the session
            if (who && res.statusCode < 400) admin = await stillSignedIn(admin);
          }
        }
        if (!route.url.includes(':')) break;
      }
    }
    expect(failures).toEqual([]);
  }, 120_000); // thousands of requests: grows with every route the app gains

  it('answers garbage query strings on every GET route < 500', async () => {
    const auditor = await loginAs(t.app, 'zhaoliu');
    const admin = await loginAs(t.app, 'sysadmin1');
    const gets = listRoutes(t.app).filter((r) => r.method === 'GET' && !r.url.startsWith('/api/docs'));
    const failures: string[] = [];
    for (const route of gets) {
      const url = route.url.replace(/:\w+/g, 'not-an-id').replace('*', 'x');
      for (const query of [
        'page=-1&pageSize=1e999',
        'a[b][c]=1&a=2',
        '%00=%00',
        'from=9999999-01-01',
        'q=%ff',
      ]) {
        for (const who of [auditor, admin]) {
          const res = await t.app.inject({ method: 'GET', url: `${url}?${query}`, headers: who.headers });
          if (res.statusCode >= 500) failures.push(`GET ${url}?${query} → ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
