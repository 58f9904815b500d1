import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { runDueJobs } from '../scheduler';
import { DELIVERY_MAX_ATTEMPTS } from './delivery-job';
import { notifyNow } from './test-support';

const SECRET = 'webhook-secret-for-tests-0123456789';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

describe('webhook channel', () => {
  let t: TestApp;
  let org: TestOrg;
  let server: http.Server;
  const received: Received[] = [];
  let answer = 200;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    t = await createTestApp({
      now: '2026-03-02T01:00:00Z',
      config: {
        notifications: {
          webhookUrl: `http://127.0.0.1:${port}/hooks/houqin`,
          webhookSecret: SECRET,
          smtpUrl: undefined,
          smtpFrom: undefined,
          linkBaseUrl: 'https://houqin.example.gov.cn',
        },
      },
    });
    org = await seedTestOrg(t.ctx.db);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
    answer = 200;
  });

  const deliveries = async (who: 'admin' | 'staffA', query = '') => {
    const session = await loginAs(t.app, org.users[who].username);
    return t.app.inject({
      method: 'GET',
      url: `/api/admin/notification-deliveries${query}`,
      headers: session.headers,
    });
  };

  it('POSTs signed JSON that the receiver can verify', async () => {
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffA.id] },
      type: 'room.booking_approved',
      title: '会议室预订已通过',
      body: '301 会议室',
      link: '/rooms/bookings/1',
      data: { bookingId: 'b-1' },
    });
    expect(received).toHaveLength(0);
    await runDueJobs(t.ctx);
    expect(received).toHaveLength(1);
    const [hit] = received;
    if (!hit) throw new Error('no request');
    const expected = `sha256=${createHmac('sha256', SECRET).update(hit.body).digest('hex')}`;
    expect(hit.headers['x-houqin-signature']).toBe(expected);
    expect(hit.headers['x-houqin-timestamp']).toBe(String(Date.parse('2026-03-02T01:00:00Z') / 1000));
    expect(hit.headers['content-type']).toContain('application/json');
    const body = JSON.parse(hit.body);
    expect(body).toMatchObject({
      attempt: 1,
      sentAt: '2026-03-02T01:00:00.000Z',
      notification: {
        type: 'room.booking_approved',
        title: '会议室预订已通过',
        body: '301 会议室',
        link: 'https://houqin.example.gov.cn/rooms/bookings/1',
        data: { bookingId: 'b-1' },
      },
      recipient: { userId: org.users.staffA.id, username: 'zhangsan', employeeCode: null },
    });
    expect(hit.headers['x-houqin-delivery']).toBe(body.deliveryId);
    // a body altered in transit no longer matches
    const forged = createHmac('sha256', SECRET).update(hit.body.replace('301', '302')).digest('hex');
    expect(hit.headers['x-houqin-signature']).not.toBe(`sha256=${forged}`);
    const list = (await deliveries('admin', '?status=sent')).json();
    expect(list.items[0]).toMatchObject({ status: 'sent', attempts: 1, channel: 'webhook', lastError: null });
  });

  it('retries a failing endpoint with backoff, then marks the delivery failed for the sysadmin', async () => {
    answer = 500;
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id] },
      type: 'meal.reminder',
      title: '订餐提醒',
      body: '明天的午餐',
    });
    await runDueJobs(t.ctx);
    expect(received).toHaveLength(1);
    // not retried before its backoff has passed
    await runDueJobs(t.ctx);
    expect(received).toHaveLength(1);
    const pending = (await deliveries('admin', '?status=pending')).json();
    expect(pending.items[0]).toMatchObject({ attempts: 1, lastError: 'webhook answered HTTP 500' });
    for (let i = 2; i <= DELIVERY_MAX_ATTEMPTS; i++) {
      t.clock.advance(2 * 60 * 60_000);
      await runDueJobs(t.ctx);
      expect(received).toHaveLength(i);
    }
    expect(received).toHaveLength(DELIVERY_MAX_ATTEMPTS);
    expect(received.map((r) => JSON.parse(r.body).attempt)).toEqual(
      Array.from({ length: DELIVERY_MAX_ATTEMPTS }, (_v, i) => i + 1),
    );
    t.clock.advance(24 * 60 * 60_000);
    await runDueJobs(t.ctx);
    expect(received).toHaveLength(DELIVERY_MAX_ATTEMPTS);
    const failed = await deliveries('admin', '?status=failed');
    expect(failed.statusCode).toBe(200);
    expect(failed.json()).toMatchObject({ total: 1 });
    expect(failed.json().items[0]).toMatchObject({
      type: 'meal.reminder',
      channel: 'webhook',
      userId: org.users.staffB.id,
      userDisplayName: '李四',
      status: 'failed',
      attempts: DELIVERY_MAX_ATTEMPTS,
      lastError: 'webhook answered HTTP 500',
    });
  });

  it('records an unreachable endpoint as the error', async () => {
    const dead = http.createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const { port } = dead.address() as AddressInfo;
    await new Promise((resolve) => dead.close(resolve));
    const other = await createTestApp({
      config: {
        notifications: {
          webhookUrl: `http://127.0.0.1:${port}/`,
          webhookSecret: SECRET,
          smtpUrl: undefined,
          smtpFrom: undefined,
          linkBaseUrl: undefined,
        },
      },
    });
    try {
      const otherOrg = await seedTestOrg(other.ctx.db);
      await notifyNow(other.ctx, {
        to: { userIds: [otherOrg.users.staffA.id] },
        type: 'test.x',
        title: 't',
        body: 'b',
      });
      await runDueJobs(other.ctx);
      const [row] = (await other.ctx.db.query.notificationDeliveries.findMany()) ?? [];
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row?.lastError).toContain('ECONNREFUSED');
    } finally {
      await other.close();
    }
  });

  it('answers 403 to everyone but the sysadmin', async () => {
    for (const who of ['staffA'] as const) {
      const res = await deliveries(who);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    for (const name of ['auditor', 'logistics', 'unitAdminA'] as const) {
      const session = await loginAs(t.app, org.users[name].username);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/admin/notification-deliveries',
        headers: session.headers,
      });
      expect(res.statusCode, name).toBe(403);
    }
  });
});
