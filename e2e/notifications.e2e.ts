import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, DESKTOP, launchBrowser, newContext, PHONE, watchConsole } from './support/browser';
import { expectNoConsoleProblems, expectNoHorizontalScroll, submitLogin } from './support/flows';
import { DEMO_PASSWORD, type RunningServer, startServer } from './support/server';

/**
 * Live notifications: the centre publishes a notice in the console, and it appears in a staff
 * member's open phone app without a reload (SSE), and in the console's own bell.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const url = (path: string) => `${server.baseUrl}${path}`;

describe('notifications', () => {
  it('an announcement published in the console reaches an open phone live, without reload', async () => {
    const phone = await (await newContext(browser, PHONE)).newPage();
    const phoneProblems = watchConsole(phone);
    await phone.goto(url('/'));
    await phone.waitForURL('**/login');
    await submitLogin(phone, 'chenjing', DEMO_PASSWORD, '登录');
    await phone.getByRole('heading', { level: 1, name: '您好，陈静' }).waitFor();
    // survives only if the page is never reloaded
    await phone.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const desk = await (await newContext(browser, DESKTOP)).newPage();
    const deskProblems = watchConsole(desk);
    await desk.goto(url('/admin'));
    await desk.waitForURL('**/admin/login');
    await submitLogin(desk, 'huanglei', DEMO_PASSWORD, '登录');
    await desk.getByRole('heading', { level: 1, name: '首页' }).waitFor();
    await desk.getByRole('menuitem', { name: /通知公告/ }).click();
    await desk.getByRole('heading', { level: 1, name: '通知公告' }).waitFor();
    await desk.getByRole('button', { name: '发布公告' }).click();
    const title = '周六 A 座停水通知';
    await desk.locator('#title').fill(title);
    await desk.locator('#body').fill('本周六 8:00–12:00 A 座检修供水管道，届时暂停供水，请提前做好准备。');
    await capture(desk, 'console-announcement-form');
    const published = Date.now();
    await desk.getByRole('button', { name: '发布', exact: true }).click();

    // the phone shows it within seconds, without reload: a banner and the unread badge
    await phone.getByRole('status').getByText(title).waitFor({ timeout: 5_000 });
    const latencyMs = Date.now() - published;
    expect(latencyMs).toBeLessThan(5_000);
    expect(await phone.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    await phone
      .getByRole('link', { name: /消息，1 条未读/ })
      .first()
      .waitFor();
    await capture(phone, 'mobile-notification-live');

    // 消息: listed unread; tapping it marks it read
    await phone.getByRole('link', { name: /消息/ }).last().click();
    await phone.getByRole('heading', { level: 1, name: '消息' }).waitFor();
    await phone.getByText(title).first().waitFor();
    await expectNoHorizontalScroll(phone, PHONE.width);
    await capture(phone, 'mobile-notifications');
    await phone.getByText(title).first().click();
    await expect.poll(async () => phone.getByRole('link', { name: /条未读/ }).count()).toBe(0);

    // the publisher is staff too: the console bell got it live as well
    await desk.getByRole('button', { name: /通知，\d+ 条未读/ }).waitFor({ timeout: 5_000 });
    await capture(desk, 'console-announcement-published');

    expectNoConsoleProblems(phoneProblems, 'phone');
    expectNoConsoleProblems(deskProblems, 'console');
  });
});
