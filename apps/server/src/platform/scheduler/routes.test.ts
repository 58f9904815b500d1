import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { auditLog } from '../audit/tables';
import { defineJob, enqueueJob, runDueJobs } from './index';
import { scheduledJobs } from './tables';

let failing = true;
const sendReport = defineJob<{ unit: string }>(
  'test.send-report',
  async (_job, { unit }) => {
    if (failing) throw new Error(`mail server refused the report for ${unit}`);
  },
  { maxAttempts: 2 },
);
const mine = ['test.send-report'];

describe('jobs console API', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: LoggedIn;
  let logistics: LoggedIn;
  let failedId: string;

  const run = () => runDueJobs(t.ctx, { only: mine });
  const get = (url: string, who?: LoggedIn) =>
    t.app.inject({ method: 'GET', url, headers: { ...(who?.headers ?? {}), 'accept-language': 'en' } });
  const retry = (id: string, who?: LoggedIn) =>
    t.app.inject({ method: 'POST', url: `/api/admin/jobs/${id}/retry`, headers: who?.headers ?? {} });

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-02T02:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    admin = await loginAs(t.app, org.users.admin.username);
    logistics = await loginAs(t.app, org.users.logistics.username);
    await enqueueJob(t.ctx.db, sendReport, { unit: 'FGJ' }, { dedupeKey: 'report:FGJ' });
    await enqueueJob(t.ctx.db, sendReport, { unit: 'CZJ' }, { runAt: new Date('2026-03-03T02:00:00Z') });
    await run();
    t.clock.advance(30_000);
    await run();
    const [row] = await t.ctx.db
      .select({ id: scheduledJobs.id })
      .from(scheduledJobs)
      .where(and(eq(scheduledJobs.name, 'test.send-report'), eq(scheduledJobs.status, 'failed')));
    if (!row) throw new Error('setup: the job did not fail');
    failedId = row.id;
  });
  afterAll(async () => t.close());

  it('answers 401 to anonymous callers and 403 to everyone but sysadmins and logistics admins', async () => {
    for (const url of ['/api/admin/jobs', '/api/admin/jobs/runs']) {
      expect((await get(url)).statusCode, url).toBe(401);
      for (const who of ['staffA', 'unitAdminA', 'auditor'] as const) {
        const res = await get(url, await loginAs(t.app, org.users[who].username));
        expect(res.statusCode, `${who} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
      expect((await get(url, admin)).statusCode).toBe(200);
      expect((await get(url, logistics)).statusCode).toBe(200);
    }
    const staff = await loginAs(t.app, org.users.staffA.username);
    const res = await retry(failedId, staff);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('lists jobs newest first, filtered by status and name, paged', async () => {
    const failed = (await get('/api/admin/jobs?status=failed&name=test.send-report', admin)).json();
    expect(failed).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(failed.items[0]).toMatchObject({
      id: failedId,
      name: 'test.send-report',
      status: 'failed',
      payload: { unit: 'FGJ' },
      attempts: 2,
      maxAttempts: 2,
      dedupeKey: 'report:FGJ',
      lastError: 'mail server refused the report for FGJ',
      lockedUntil: null,
      occurrenceAt: null,
      finishedAt: '2026-03-02T02:00:30.000Z',
    });
    const pending = (await get('/api/admin/jobs?status=pending&name=test.send-report', logistics)).json();
    expect(pending.items.map((j: { runAt: string }) => j.runAt)).toEqual(['2026-03-03T02:00:00.000Z']);
    const page2 = (await get('/api/admin/jobs?name=test.send-report&page=2&pageSize=1', admin)).json();
    expect(page2).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.items).toHaveLength(1);
  });

  it('shows the run log with durations, filtered by job and outcome', async () => {
    const res = (await get(`/api/admin/jobs/runs?jobId=${failedId}`, admin)).json();
    expect(res.total).toBe(2);
    expect(res.items.map((r: { attempt: number }) => r.attempt)).toEqual([2, 1]);
    expect(res.items[0]).toMatchObject({
      jobId: failedId,
      name: 'test.send-report',
      outcome: 'error',
      error: 'mail server refused the report for FGJ',
      startedAt: '2026-03-02T02:00:30.000Z',
      finishedAt: '2026-03-02T02:00:30.000Z',
    });
    expect(res.items[0].durationMs).toBeGreaterThanOrEqual(0);
    const ok = (await get('/api/admin/jobs/runs?name=test.send-report&outcome=ok', admin)).json();
    expect(ok.total).toBe(0);
  });

  it('rejects bad filters with 400 naming the field', async () => {
    for (const [url, path] of [
      ['/api/admin/jobs?status=exploded', 'query.status'],
      ['/api/admin/jobs?pageSize=1000', 'query.pageSize'],
      ['/api/admin/jobs/runs?jobId=nope', 'query.jobId'],
      ['/api/admin/jobs/runs?outcome=maybe', 'query.outcome'],
    ] as const) {
      const res = await get(url, admin);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect((await retry('not-a-uuid', admin)).statusCode).toBe(400);
  });

  it('refuses to retry while the same job (same dedupe key) waits again', async () => {
    await enqueueJob(t.ctx.db, sendReport, { unit: 'FGJ' }, { dedupeKey: 'report:FGJ' });
    const res = await retry(failedId, admin);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('JOB_ALREADY_PENDING');
    await t.ctx.db
      .delete(scheduledJobs)
      .where(and(eq(scheduledJobs.dedupeKey, 'report:FGJ'), eq(scheduledJobs.status, 'pending')));
  });

  it('puts a failed job back to pending now, audited, and it runs once more', async () => {
    // sessions stay valid: an hour later is within the idle timeout
    t.clock.set('2026-03-02T03:00:00Z');
    const res = await retry(failedId, logistics);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: failedId, status: 'pending', runAt: '2026-03-02T03:00:00.000Z' });
    const [audit] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'job.retried'), eq(auditLog.entityId, failedId)));
    expect(audit).toMatchObject({ actorId: org.users.logistics.id, entityType: 'scheduled_job' });
    expect(audit?.occurredAt.toISOString()).toBe('2026-03-02T03:00:00.000Z');
    expect(audit?.changes).toMatchObject({ status: { before: 'failed', after: 'pending' } });

    failing = false;
    expect(await run()).toBe(1);
    const [row] = await t.ctx.db.select().from(scheduledJobs).where(eq(scheduledJobs.id, failedId));
    expect(row).toMatchObject({ status: 'succeeded', attempts: 3, lastError: null });
  });

  it('answers 409 to a retry of a job that has not failed, and 404 to an unknown id', async () => {
    const res = await retry(failedId, admin);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'JOB_NOT_RETRYABLE', message: '只有失败的任务可以重试' });
    const missing = await retry('00000000-0000-4000-8000-000000000000', admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });
});
