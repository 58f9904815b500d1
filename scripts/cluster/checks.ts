import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { type DatabaseHandle, queryRows } from '../../apps/server/src/db/client.ts';
import type { AppContext } from '../../apps/server/src/platform/context.ts';
import { notify } from '../../apps/server/src/platform/notifications/notify.ts';
import { enqueueJob, type JobDefinition } from '../../apps/server/src/platform/scheduler/index.ts';
import { openSse, request, signIn } from './http';
import { CLUSTER_TEST_JOB } from './job-name';
import { UPSTREAM_HEADER } from './nginx';
import { type AppProcess, sleep } from './processes';

export const DEMO_PASSWORD = 'Houqin@2026demo';

export interface Cluster {
  a: AppProcess;
  b: AppProcess;
  nginxUrl: string;
  /** the runner's own connection to the cluster's database, with a context for the app's functions */
  ctx: AppContext;
  database: DatabaseHandle;
  loginLimit: number;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const upstreamOf = (c: Cluster, headerValue: string | null | undefined) =>
  headerValue === `127.0.0.1:${c.a.port}`
    ? 'A'
    : headerValue === `127.0.0.1:${c.b.port}`
      ? 'B'
      : `?(${headerValue})`;

/**
 * (a) A notification made by an action on process A reaches an SSE stream held by process B
 * (through nginx) within a second — and one held on A too. The action: a logistics_admin publishes
 * an announcement (通知公告) on A to chenjing's unit. Where that route is not there (404), the
 * notification is made as such an action makes it — the app's notify() in a transaction — on the
 * runner's own connection to the same database, and the PASS line says so.
 */
export async function checkNotificationReachesOtherProcess(c: Cluster): Promise<string> {
  const user = await signIn(c.b.baseUrl, 'chenjing', DEMO_PASSWORD, { 'x-forwarded-for': '192.0.2.11' });
  const me = await request(c.b.baseUrl, 'GET', '/api/auth/session', {
    headers: { cookie: user.cookie, 'x-forwarded-for': '192.0.2.11' },
  });
  const unitId = (me.body as { user?: { unitId?: string } }).user?.unitId;
  assert(unitId, `no unit for chenjing: ${JSON.stringify(me.body)}`);
  const publisher = await signIn(c.a.baseUrl, 'huanglei', DEMO_PASSWORD, { 'x-forwarded-for': '192.0.2.13' });

  const streamUrl = `${c.nginxUrl}/api/notifications/stream`;
  let onB: Awaited<ReturnType<typeof openSse>> | undefined;
  for (let i = 0; i < 4 && !onB; i++) {
    const stream = await openSse(streamUrl, { cookie: user.cookie });
    assert(stream.status === 200, `stream through nginx answered ${stream.status}`);
    const upstream = stream.headers[UPSTREAM_HEADER];
    if (upstreamOf(c, typeof upstream === 'string' ? upstream : undefined) === 'B') onB = stream;
    else stream.close();
  }
  assert(onB, 'nginx never sent the stream to process B');
  const onA = await openSse(`${c.a.baseUrl}/api/notifications/stream`, { cookie: user.cookie });
  try {
    await onB.connected(5_000);
    await onA.connected(5_000);
    const title = `集群检查 ${randomUUID().slice(0, 8)}`;
    const started = performance.now();
    let how: string;
    const published = await request(c.a.baseUrl, 'POST', '/api/admin/announcements', {
      body: { title, body: 'npm run test:cluster', audience: { kind: 'unit', unitId } },
      headers: {
        cookie: publisher.cookie,
        'x-csrf-token': publisher.csrfToken,
        'x-forwarded-for': '192.0.2.13',
      },
    });
    if (published.status === 201) {
      how = 'announcement published on A';
    } else {
      const code = (published.body as { error?: { code?: string } }).error?.code;
      assert(
        published.status === 404 && code === 'ROUTE_NOT_FOUND',
        `POST /api/admin/announcements on A answered ${published.status}: ${JSON.stringify(published.body)}`,
      );
      const notified = await c.database.db.transaction((tx) =>
        notify(c.ctx, tx, {
          to: { userIds: [user.userId] },
          type: 'cluster.check',
          title,
          body: 'test:cluster',
        }),
      );
      assert(notified === 1, `notify reached ${notified} users, expected 1`);
      how = "no announcement route: notify() on the runner's connection";
    }
    const committed = performance.now();
    const [eventB, eventA] = await Promise.all([onB.next(1_000), onA.next(1_000)]);
    const ms = Math.round(performance.now() - committed);
    for (const [name, event] of [
      ['B', eventB],
      ['A', eventA],
    ] as const) {
      assert(
        event.event === 'notification',
        `stream on ${name}: event "${event.event}", expected notification`,
      );
      const data = JSON.parse(event.data) as { title?: string };
      assert(data.title === title, `stream on ${name}: got "${data.title}", expected "${title}"`);
    }
    assert(ms < 1_000, `arrived after ${ms} ms`);
    return `${how} (${Math.round(committed - started)} ms); the stream on B (via nginx) and on A had it ${ms} ms later`;
  } finally {
    onB.close();
    onA.close();
  }
}

/** (b) One-off jobs enqueued while both processes run: each runs exactly once, and both processes take part. */
export async function checkJobsRunOnce(c: Cluster): Promise<string> {
  const N = 40;
  const job: JobDefinition<{ key: string }> = {
    name: CLUSTER_TEST_JOB,
    maxAttempts: 1,
    handler: async () => {},
  };
  const batch = randomUUID();
  const keys = Array.from({ length: N }, (_, i) => `${batch}:${i}`);
  // all due at the same moment, a little ahead, so both runners find them together
  const runAt = new Date(Date.now() + 1_500);
  await c.database.db.transaction(async (tx) => {
    for (const key of keys) await enqueueJob(tx, job, { key }, { runAt });
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [row] = await queryRows<{ open: number }>(
      c.database.db,
      sql`select count(*)::int as open from scheduled_jobs
           where name = ${CLUSTER_TEST_JOB} and payload->>'key' like ${`${batch}:%`} and status in ('pending', 'running')`,
    );
    if (row?.open === 0) break;
    assert(Date.now() < deadline, `${row?.open} of ${N} jobs still not done after 30 s`);
    await sleep(200);
  }
  // give a second claim (a bug) the time to show: both runners poll every second
  await sleep(2_500);
  const jobs = await queryRows<{ status: string; n: number }>(
    c.database.db,
    sql`select status, count(*)::int as n from scheduled_jobs
         where name = ${CLUSTER_TEST_JOB} and payload->>'key' like ${`${batch}:%`} group by status`,
  );
  assert(
    jobs.length === 1 && jobs[0]?.status === 'succeeded' && jobs[0]?.n === N,
    `job states: ${JSON.stringify(jobs)}`,
  );
  const runs = await queryRows<{ job_key: string; n: number; pids: number[] }>(
    c.database.db,
    sql`select job_key, count(*)::int as n, array_agg(pid) as pids from cluster_test_job_runs
         where job_key like ${`${batch}:%`} group by job_key`,
  );
  const twice = runs.filter((r) => r.n !== 1);
  assert(runs.length === N, `${runs.length} of ${N} jobs left a run`);
  assert(twice.length === 0, `ran more than once: ${twice.map((r) => `${r.job_key}×${r.n}`).join(', ')}`);
  const [log] = await queryRows<{ n: number }>(
    c.database.db,
    sql`select count(*)::int as n from scheduled_job_runs r join scheduled_jobs j on j.id = r.job_id
         where j.name = ${CLUSTER_TEST_JOB} and j.payload->>'key' like ${`${batch}:%`}`,
  );
  assert(log?.n === N, `the run log holds ${log?.n} attempts for ${N} jobs`);
  const byA = runs.filter((r) => r.pids[0] === c.a.pid).length;
  const byB = runs.filter((r) => r.pids[0] === c.b.pid).length;
  assert(byA + byB === N, `runs by unknown processes: ${N - byA - byB}`);
  assert(byA > 0 && byB > 0, `only one process ran jobs (A ${byA}, B ${byB}): the claims were not contended`);
  return `${N} jobs, each ran once (A ran ${byA}, B ran ${byB}); run log ${log?.n} attempts`;
}

/** (c) A session created through A works on B (read and a CSRF-checked write), and ending it on B ends it on A. */
export async function checkSessionAcrossProcesses(c: Cluster): Promise<string> {
  const xff = { 'x-forwarded-for': '192.0.2.12' };
  const user = await signIn(c.a.baseUrl, 'huanglei', DEMO_PASSWORD, xff);
  const onB = await request(c.b.baseUrl, 'GET', '/api/auth/session', {
    headers: { cookie: user.cookie, ...xff },
  });
  assert(onB.status === 200, `GET /api/auth/session on B answered ${onB.status}`);
  const who = (onB.body as { user?: { username?: string } }).user?.username;
  assert(who === 'huanglei', `B sees user ${who}`);
  const write = await request(c.b.baseUrl, 'POST', '/api/notifications/read-all', {
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, ...xff },
  });
  assert(write.status === 200, `POST with the CSRF token on B answered ${write.status}`);
  const forged = await request(c.b.baseUrl, 'POST', '/api/notifications/read-all', {
    headers: { cookie: user.cookie, ...xff },
  });
  assert(forged.status === 403, `POST without the CSRF token on B answered ${forged.status}`);
  const out = await request(c.b.baseUrl, 'POST', '/api/auth/logout', {
    headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken, ...xff },
  });
  assert(out.status === 200, `logout on B answered ${out.status}`);
  const onA = await request(c.a.baseUrl, 'GET', '/api/auth/session', {
    headers: { cookie: user.cookie, ...xff },
  });
  assert(onA.status === 401, `after logout on B, A answered ${onA.status}`);
  return 'signed in on A; B read the session and accepted its CSRF token; logout on B ended it on A';
}

/**
 * (d) The login limit (AUTH_RATE_LIMIT_PER_MINUTE per client address) is one count across both
 * processes: attempts through nginx, answered alternately by A and B, count down one limit, and
 * the next attempt is refused by whichever process gets it.
 */
export async function checkLoginLimitShared(c: Cluster): Promise<string> {
  // the limit counts per aligned minute: start well inside one so all attempts share it
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 52_000) await sleep(60_000 - intoMinute + 100);
  const attempt = () =>
    request(c.nginxUrl, 'POST', '/api/auth/login', {
      body: { username: 'no-such-user', password: 'wrong-password-1' },
    });
  const seen: string[] = [];
  const who = { A: 0, B: 0 };
  for (let i = 1; i <= c.loginLimit; i++) {
    const res = await attempt();
    const upstream = upstreamOf(c, res.headers.get(UPSTREAM_HEADER));
    if (upstream === 'A' || upstream === 'B') who[upstream] += 1;
    const remaining = res.headers.get('x-ratelimit-remaining');
    seen.push(`${upstream}:${res.status}`);
    assert(
      res.status === 401,
      `attempt ${i} (on ${upstream}) answered ${res.status}: ${JSON.stringify(res.body)}`,
    );
    assert(
      remaining === String(c.loginLimit - i),
      `attempt ${i} (on ${upstream}): ${remaining} remaining, expected ${c.loginLimit - i} (not one shared count)`,
    );
  }
  assert(who.A > 0 && who.B > 0, `nginx sent every attempt to one process: ${seen.join(' ')}`);
  const refusedBy = new Set<string>();
  for (let i = 0; i < 4 && refusedBy.size < 2; i++) {
    const res = await attempt();
    const upstream = upstreamOf(c, res.headers.get(UPSTREAM_HEADER));
    const code = (res.body as { error?: { code?: string } }).error?.code;
    assert(
      res.status === 429 && code === 'RATE_LIMITED',
      `attempt over the limit (on ${upstream}): ${res.status} ${code}`,
    );
    assert(res.headers.get('retry-after'), 'a 429 without Retry-After');
    refusedBy.add(upstream);
  }
  assert(refusedBy.has('A') && refusedBy.has('B'), `only ${[...refusedBy].join()} refused`);
  return `${c.loginLimit} attempts (A ${who.A}, B ${who.B}) counted down one limit; then 429 RATE_LIMITED from A and B`;
}
