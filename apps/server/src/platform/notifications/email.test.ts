import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { runDueJobs } from '../scheduler';
import { notifyNow } from './test-support';
import { defineNotificationType } from './types';

const PASSWORD_RESET = defineNotificationType('test.password_reset', { essential: true });

interface Mail {
  to: string[];
  raw: string;
}

/** "=?UTF-8?B?…?=" / "=?UTF-8?Q?…?=" words and a quoted-printable body, back to text. */
function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}
const headerOf = (raw: string, name: string) =>
  decodeWords(
    new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '',
  );

describe('e-mail channel', () => {
  let t: TestApp;
  let org: TestOrg;
  let smtp: SMTPServer;
  let zhang: LoggedIn;
  const mails: Mail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          raw += chunk;
        });
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await createTestApp({
      now: '2026-03-02T01:00:00Z',
      config: {
        notifications: {
          webhookUrl: undefined,
          webhookSecret: undefined,
          smtpUrl: `smtp://127.0.0.1:${port}`,
          smtpFrom: '后勤平台 <houqin@example.gov.cn>',
          linkBaseUrl: 'https://houqin.example.gov.cn/',
        },
      },
    });
    org = await seedTestOrg(t.ctx.db);
    zhang = await loginAs(t.app, org.users.staffA.username);
    await t.app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: zhang.headers,
      payload: { email: 'zhangsan@example.gov.cn' },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });
  beforeEach(() => {
    mails.length = 0;
  });

  const toZhang = (type: string, title: string) =>
    notifyNow(t.ctx, {
      to: { userIds: [org.users.staffA.id] },
      type,
      title,
      body: '您预订的 301 会议室已通过审批。',
      link: '/rooms/bookings/1',
    });

  it('offers e-mail as a channel on this deployment', async () => {
    const prefs = await t.app.inject({
      method: 'GET',
      url: '/api/notifications/preferences',
      headers: zhang.headers,
    });
    expect(prefs.json()).toMatchObject({
      availableChannels: ['email'],
      email: 'zhangsan@example.gov.cn',
      essentialTypes: [PASSWORD_RESET],
    });
  });

  it('sends the notification to the address in the preferences', async () => {
    await toZhang('room.booking_approved', '会议室预订已通过');
    await runDueJobs(t.ctx);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.to).toEqual(['zhangsan@example.gov.cn']);
    const raw = mail?.raw ?? '';
    expect(headerOf(raw, 'Subject')).toBe('会议室预订已通过');
    expect(headerOf(raw, 'From')).toContain('houqin@example.gov.cn');
    const body = decodeQuotedPrintable(
      raw
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join('\n\n'),
    );
    expect(body).toContain('您预订的 301 会议室已通过审批。');
    expect(body).toContain('https://houqin.example.gov.cn/rooms/bookings/1');
  });

  it('sends nothing to users without an address', async () => {
    await notifyNow(t.ctx, {
      to: { userIds: [org.users.staffB.id] },
      type: 'test.no_address',
      title: 't',
      body: 'b',
    });
    await runDueJobs(t.ctx);
    expect(mails).toEqual([]);
  });

  it('sends nothing to a user who turned e-mail off, except an essential type', async () => {
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: zhang.headers,
      payload: { channels: { email: false } },
    });
    expect(off.json().channels.email).toBe(false);
    await toZhang('room.booking_approved', '不该发出的邮件');
    await toZhang(PASSWORD_RESET, '密码已被重置');
    await runDueJobs(t.ctx);
    expect(mails.map((m) => headerOf(m.raw, 'Subject'))).toEqual(['密码已被重置']);
    // in-app still got both
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/notifications?pageSize=2',
      headers: zhang.headers,
    });
    expect(list.json().items.map((n: { title: string }) => n.title)).toEqual([
      '密码已被重置',
      '不该发出的邮件',
    ]);
  });
});
