import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, DESKTOP, launchBrowser, newContext, PHONE, watchConsole } from './support/browser';
import {
  expectClearOfFixedBar,
  expectFitsViewport,
  expectNoConsoleProblems,
  expectNoHorizontalScroll,
  pickOption,
  pickTreeNode,
  submitLogin,
  textOf,
} from './support/flows';
import { DEMO_PASSWORD, type RunningServer, startServer } from './support/server';

/**
 * The foundation end to end: the staff app on a phone, the console on a desktop, the audit trail of
 * what the console did, and a staff member kept out of the console's admin pages.
 */

const NEW_USER = {
  username: 'e2e.tester',
  displayName: '测试员',
  mobile: '13912345678',
  mobileMasked: '139****5678',
  unit: '区发展和改革局',
  roleLabel: '职工',
  password: 'E2e-user-pass-2026',
};

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

async function signInToConsole(page: Page, username: string): Promise<void> {
  await page.goto(url('/admin'));
  await page.waitForURL('**/admin/login');
  await submitLogin(page, username, DEMO_PASSWORD, '登录');
  await page.getByRole('heading', { level: 1, name: '首页' }).waitFor();
}

describe('foundation', () => {
  it('staff app on a phone: login, home, 我的, language, wrong password, logout', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);

    // signed out: / goes to the login page
    await page.goto(url('/'));
    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: '后勤服务' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-login');

    // home: greeting with the unit, and the services that have shipped
    await submitLogin(page, 'chenjing', DEMO_PASSWORD, '登录');
    await page.getByRole('heading', { level: 1, name: '您好，陈静' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await textOf(page.locator('.page-subtitle'))).toBe('区发展和改革局');
    const services = page.locator('.service-grid a');
    await services.first().waitFor();
    expect(await services.allTextContents()).toEqual(['会议室', '报餐']);
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-home');

    // 我的: the profile, mobile masked
    await page.getByRole('link', { name: '我的' }).click();
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor();
    const mobileRow = page
      .locator('.detail-list-row')
      .filter({ has: page.locator('dt', { hasText: '手机' }) });
    expect(await textOf(mobileRow.locator('dd'))).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await textOf(page.locator('.profile-card'))).toContain('陈静');
    await expectNoHorizontalScroll(page, PHONE.width);
    await expectClearOfFixedBar(
      page,
      page.getByRole('button', { name: '退出登录' }),
      page.locator('.tab-bar'),
    );
    await capture(page, 'mobile-me');

    // English, then back to 简体中文
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Me' }).waitFor();
    const saved = page.getByRole('status').getByText('Language changed');
    await saved.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Home', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectNoHorizontalScroll(page, PHONE.width);
    await saved.waitFor({ state: 'detached' });
    await capture(page, 'mobile-me-en');

    await page.getByRole('radio', { name: '简体中文' }).check();
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const notice = page.getByRole('status').getByText('语言已切换');
    await notice.waitFor();
    await notice.waitFor({ state: 'detached' });

    // log out: back to the login page
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: '后勤服务' }).waitFor();

    // a wrong password on the fresh login page: the localized error, the typed username kept
    await submitLogin(page, 'chenjing', 'Not-the-password-1', '登录');
    const alert = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
    await alert.waitFor();
    expect(await page.locator('#username').inputValue()).toBe('chenjing');
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-login-error');

    expectNoConsoleProblems(problems, 'the mobile flow');
    await context.close();
  });

  it('console: login, real figures, users, create a user, bad inputs', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const problems = watchConsole(page);

    await page.goto(url('/admin'));
    await page.waitForURL('**/admin/login');
    await page.getByRole('heading', { level: 1, name: '后勤管理后台' }).waitFor();
    await capture(page, 'console-login');

    // home: the figures are the server's, not placeholders
    await submitLogin(page, 'zhuyu', DEMO_PASSWORD, '登录');
    await page.getByRole('heading', { level: 1, name: '首页' }).waitFor();
    await page.getByText('您好，朱瑜 · 所在单位：区政府办公室').waitFor();
    const usersCard = page.locator('.ant-card').filter({ hasText: '用户总数' });
    const shownUsers = await textOf(usersCard.locator('.ant-statistic-content-value'));
    const summaryResponse = await page.request.get(url('/api/admin/summary'));
    expect(summaryResponse.status()).toBe(200);
    const summary = (await summaryResponse.json()) as { users: number; units: number };
    expect(summary.users).toBeGreaterThan(50);
    expect(shownUsers).toBe(new Intl.NumberFormat('zh-CN').format(summary.users));
    const unitsCard = page.locator('.ant-card').filter({ has: page.getByText('单位', { exact: true }) });
    expect(await textOf(unitsCard.locator('.ant-statistic-content-value'))).toBe(String(summary.units));
    await expectFitsViewport(page, DESKTOP);
    await capture(page, 'console-home');

    // 用户
    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.getByRole('heading', { level: 1, name: '用户' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByText(`共 ${summary.users} 条`).waitFor();
    await capture(page, 'console-users');

    // 新建用户
    await page.getByRole('button', { name: '新建用户' }).click();
    const drawer = page.getByRole('dialog', { name: '新建用户' });
    await drawer.waitFor();
    await drawer.locator('#username').fill(NEW_USER.username);
    await drawer.locator('#displayName').fill(NEW_USER.displayName);
    await drawer.locator('#mobile').fill(NEW_USER.mobile);
    await pickTreeNode(page, drawer.locator('#unitId'), NEW_USER.unit);
    // 职工 is the preselected role of a new user
    const rolesItem = drawer.locator('.ant-form-item').filter({ has: page.locator('#roles') });
    await rolesItem.getByText(NEW_USER.roleLabel, { exact: true }).waitFor();
    await drawer.locator('#password').fill(NEW_USER.password);
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByText('用户已创建').waitFor();
    await drawer.waitFor({ state: 'detached' });

    await page.locator('#filters_q').fill(NEW_USER.username);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/[?&]q=e2e\.tester/);
    await page.getByText('共 1 条').waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: NEW_USER.username });
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    const rowText = await textOf(row);
    for (const text of [NEW_USER.displayName, NEW_USER.mobileMasked, NEW_USER.unit, NEW_USER.roleLabel]) {
      expect(rowText).toContain(text);
    }
    expect(rowText).not.toContain(NEW_USER.mobile);
    await capture(page, 'console-user-created');

    // bad input: a too-short password is refused next to the password field, nothing is saved
    await page.getByRole('button', { name: '新建用户' }).click();
    await drawer.waitFor();
    await drawer.locator('#username').fill('e2e.short');
    await drawer.locator('#displayName').fill('短密码');
    await pickTreeNode(page, drawer.locator('#unitId'), NEW_USER.unit);
    await drawer.locator('#password').fill('Ab1');
    await drawer.getByRole('button', { name: '保存' }).click();
    const passwordItem = drawer.locator('.ant-form-item').filter({ has: page.locator('#password') });
    await passwordItem.locator('.ant-form-item-explain-error').getByText('密码至少 10 位').waitFor();
    await capture(page, 'console-user-bad-password');

    // long enough but letters only: the server's password policy, shown on the same field
    await drawer.locator('#password').fill('onlyletterspassword');
    await drawer.getByRole('button', { name: '保存' }).click();
    await passwordItem
      .locator('.ant-form-item-explain-error')
      .getByText(/包含字母和数字/)
      .waitFor();
    await page
      .locator('.ant-message')
      .getByText(/密码不符合要求/)
      .waitFor();
    expect(await drawer.locator('#username').inputValue()).toBe('e2e.short');
    await drawer.getByRole('button', { name: '取消' }).click();
    await drawer.waitFor({ state: 'detached' });
    const shortUsers = await page.request.get(url('/api/admin/users?q=e2e.short'));
    expect(((await shortUsers.json()) as { total: number }).total).toBe(0);

    expectNoConsoleProblems(problems, 'the console flow');
    await context.close();
  });

  it('audit: the auditor finds the user.created entry, sees the masked diff, verifies the chain', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const problems = watchConsole(page);

    await signInToConsole(page, 'xuli');
    const found = await page.request.get(url(`/api/admin/users?q=${NEW_USER.username}`));
    expect(found.status()).toBe(200);
    const created = ((await found.json()) as { items: { id: string; username: string }[] }).items;
    expect(created.map((u) => u.username)).toEqual([NEW_USER.username]);
    const userId = created[0]?.id ?? '';

    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();

    // filter: 操作人 朱瑜, 对象类型 user, 操作 user.created
    await pickOption(page, page.locator('#filters_actorId'), '朱瑜', '朱瑜（zhuyu）');
    await pickOption(page, page.locator('#filters_entityType'), 'user', '用户 · user');
    await pickOption(page, page.locator('#filters_action'), 'user.created', '新建用户 · user.created');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/action=user\.created/);
    const row = page.locator('.ant-table-row').filter({ hasText: `#${userId}` });
    await row.waitFor();
    expect(await textOf(row)).toContain('新建用户');
    expect(await textOf(row)).toContain('朱瑜');

    await row.getByRole('button', { name: '详情' }).click();
    const drawer = page.getByRole('dialog', { name: /^审计记录 #\d+$/ });
    await drawer.waitFor();
    const change = (field: string) =>
      drawer.locator('.ant-table-row').filter({ has: page.getByRole('cell', { name: field, exact: true }) });
    expect(await textOf(change('username'))).toContain(NEW_USER.username);
    expect(await textOf(change('displayName'))).toContain(NEW_USER.displayName);
    expect(await textOf(change('mobileMasked'))).toContain(NEW_USER.mobileMasked);
    const drawerText = await textOf(drawer);
    expect(drawerText).toContain('user.created');
    expect(drawerText).not.toContain(NEW_USER.mobile);
    expect(drawerText).not.toContain(NEW_USER.password);
    // the diff is below the fold of the drawer: show it in the screenshot
    await change('mobileMasked').scrollIntoViewIfNeeded();
    await capture(page, 'console-audit-detail');

    // 校验链
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '校验链' }).click();
    await page.getByText('审计链完整').waitFor();
    expect(await textOf(page.locator('.ant-alert-success'))).toMatch(/已校验 \d+ 条记录/);
    await capture(page, 'console-audit-verified');

    expectNoConsoleProblems(problems, 'the audit flow');
    await context.close();
  });

  it('staff cannot open the console admin pages', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    const problems = watchConsole(page);

    await signInToConsole(page, 'chenjing');
    await expect(page.getByRole('menuitem', { name: '用户' }).count()).resolves.toBe(0);
    await page.goto(url('/admin/users'));
    await page.getByRole('heading', { level: 1, name: '无权访问' }).waitFor();
    await page.getByText('您的角色无权使用此页面').waitFor();
    await capture(page, 'console-forbidden');

    expect((await page.request.get(url('/api/admin/users'))).status()).toBe(403);
    expect((await page.request.get(url('/api/admin/summary'))).status()).toBe(403);

    expectNoConsoleProblems(problems, 'the staff-in-console flow');
    await context.close();
  });
});
