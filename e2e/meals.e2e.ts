import fs from 'node:fs';
import path from 'node:path';
import type {
  Canteen,
  CanteenList,
  CanteenStats,
  GuestMeal,
  KitchenView,
  MealBookingList,
  MealPass,
  Statement,
  VerifyResult,
} from '@houqin/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, setServerClock, withApiSession } from './support/api';
import {
  capture,
  DESKTOP,
  launchBrowser,
  newContext,
  PHONE,
  settleCanvases,
  watchConsole,
} from './support/browser';
import { expectNoConsoleProblems, expectNoHorizontalScroll, submitLogin, textOf } from './support/flows';
import { decodeQr, y4mOf } from './support/qr';
import { DEMO_PASSWORD, type RunningServer, startServer } from './support/server';
import { addDays, shanghaiDate } from './support/shanghai';

/**
 * 食堂报餐 end to end (issue 5's "done when"), on a 375×812 phone: 陈静 books next week's lunches at
 * the opt-in 机关食堂 in one action and cancels Wednesday's; once the server's clock is past
 * Thursday's 09:30 cutoff the app locks that lunch and the API refuses it; at the counter 赵敏 types
 * the short code of 陈静's dining pass (GREEN, then RED when shown again), and her camera (Chromium's
 * fake camera playing a video of 李娜's pass QR) reads another pass by itself; the kitchen board
 * counts a diner served through the API without a reload (SSE); 黄磊 reads the statistics and
 * statements.
 *
 * Dates are Shanghai dates (the test process runs in America/St_Johns). The server's clock only
 * moves forward, so the flows run in time order: booking (real time) → the counter and kitchen on
 * day D (next week's Monday or Tuesday, during lunch) → Thursday after the cutoff → the console. The
 * browsers keep their own (real) clock, as the brief has it: what is locked is the server's word.
 */

const CLOCK_TOKEN = 'e2e-meals-test-clock-token-2026-houqin';
const MINUTE = 60_000;
const TABLET = { width: 1024, height: 768 };
const CANTEEN = '机关食堂';
/** a second diner of an opt-in unit (区发展和改革局), for the live kitchen count */
const OTHER_DINER = { username: 'zhangwei', displayName: '张伟' };
/** a third, whose pass the counter's (fake) camera scans */
const CAMERA_DINER = { username: 'lina', displayName: '李娜' };
/** a fourth (of a unit only the opt-in canteen serves), without lunch on day D: recorded as a walk-in */
const WALK_IN_DINER = { username: 'yangfan', displayName: '杨帆' };

let server: RunningServer;
let browser: Browser;
let canteen: Canteen;

/** next week (Monday–Sunday, Shanghai) and what the flows use of it */
interface Plan {
  days: string[];
  open: string[];
  wednesday: string;
  thursday: string;
  /** the day the counter and the kitchen flows happen on: an open day before Wednesday */
  counterDay: string;
}
let plan: Plan;

const url = (path: string) => `${server.baseUrl}${path}`;

// ---- Shanghai dates ----

const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
/** the instant of a Shanghai wall-clock time */
const shanghaiAt = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);
/** 12月2日 周三, the app's day heading */
const dayLabel = (date: string) => {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).formatToParts(new Date(`${date}T12:00:00+08:00`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('weekday')}`;
};

// ---- server clock and API ----

async function moveServerClock(to: Date): Promise<void> {
  const now = await setServerClock(server.baseUrl, CLOCK_TOKEN, to);
  expect(Math.abs(now.getTime() - to.getTime()), 'the server clock moved').toBeLessThan(MINUTE);
}

const withApi = <T>(username: string, use: (api: ApiSession) => Promise<T>) =>
  withApiSession(server.baseUrl, username, use);

const bookedLunches = (api: ApiSession, from: string, to: string) =>
  api
    .get<MealBookingList>(`/api/meal-bookings?from=${from}&to=${to}`)
    .then((list) =>
      list.items
        .filter((b) => b.status === 'booked')
        .map((b) => ({ canteenId: b.canteenId, date: b.date, meal: b.meal })),
    );

const verifyByApi = (api: ApiSession, input: { token?: string; code?: string }) =>
  api.post<VerifyResult>('/api/canteen-counter/verify', { canteenId: canteen.id, meal: 'lunch', ...input });

// ---- browser helpers ----

/**
 * Every HTTP error the page got, as `401 GET /api/auth/session`. Chromium logs each 4xx as a console
 * error; a flow lists exactly the ones it provokes (the signed-out session check before login), and
 * anything else fails it.
 */
function watchHttpErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) {
      errors.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    }
  });
  return errors;
}

interface Screen {
  context: BrowserContext;
  page: Page;
  problems: string[];
  httpErrors: string[];
}

/** The only HTTP error of signing in on a fresh device: the session check before the login page. */
const SIGNED_OUT_CHECK = '401 GET /api/auth/session';

function expectCleanRun(screen: Screen, flow: string, expectedHttpErrors = [SIGNED_OUT_CHECK]): void {
  expectNoConsoleProblems(screen.problems, flow);
  expect(screen.httpErrors, `HTTP errors in ${flow}`).toEqual(expectedHttpErrors);
}

async function openPhone(username: string, viewport = PHONE): Promise<Screen> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  const problems = watchConsole(page);
  const httpErrors = watchHttpErrors(page);
  await page.goto(url('/'));
  await page.waitForURL('**/login');
  await submitLogin(page, username, DEMO_PASSWORD, '登录');
  await page.getByRole('heading', { level: 1, name: /^您好，/ }).waitFor();
  return { context, page, problems, httpErrors };
}

async function openConsole(username: string): Promise<Screen> {
  const context = await newContext(browser, DESKTOP);
  const page = await context.newPage();
  const problems = watchConsole(page);
  const httpErrors = watchHttpErrors(page);
  await page.goto(url('/admin'));
  await page.waitForURL('**/admin/login');
  await submitLogin(page, username, DEMO_PASSWORD, '登录');
  await page.getByRole('heading', { level: 1, name: '首页' }).waitFor();
  return { context, page, problems, httpErrors };
}

/** One day of the week board (a region named by its heading) and its lunch row and switch. */
function lunchOf(page: Page, date: string): { row: Locator; toggle: Locator } {
  const day = page.getByRole('region', { name: new RegExp(`^${dayLabel(date)}`) });
  const row = day
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: '午餐' }) });
  return { row, toggle: row.getByRole('switch', { name: /午餐/ }) };
}

/** 首页 → 报餐, 机关食堂 and 下周. */
async function openNextWeek(page: Page): Promise<void> {
  await page.locator('.service-grid').getByRole('link', { name: '报餐', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '报餐' }).waitFor();
  await pickCanteen(page);
  await page.getByRole('tab', { name: '下周' }).click();
  await page.waitForURL((address) => address.searchParams.get('week') === 'next');
  await page.getByText(`${dayLabel(plan.days[0] ?? '')} 至 ${dayLabel(plan.days[6] ?? '')}`).waitFor();
  await lunchOf(page, plan.open[0] ?? '').toggle.waitFor();
}

/**
 * The 食堂 field: a native select when several canteens are offered, just the name when one is (陈静's
 * unit is served by 机关食堂 only).
 */
async function pickCanteen(page: Page): Promise<void> {
  const field = page.getByLabel('食堂', { exact: true });
  await field.waitFor();
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
    await field.selectOption({ label: `${CANTEEN}（${canteen.location}）` });
  } else {
    expect(await textOf(field)).toContain(CANTEEN);
  }
}

/** Types a short code at the counter and waits for the verdict overlay (an alert). */
async function verifyCode(page: Page, code: string): Promise<Locator> {
  await page.getByLabel('短码', { exact: true }).fill(code);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  const verdict = page.locator('.verdict');
  await verdict.waitFor();
  expect(await verdict.getAttribute('role')).toBe('alert');
  return verdict;
}

async function dismissVerdict(page: Page): Promise<void> {
  await page.locator('.verdict').getByRole('button', { name: '继续' }).click();
  await page.locator('.verdict').waitFor({ state: 'detached' });
}

// ---- the plan, checked against the API ----

beforeAll(async () => {
  server = await startServer({ HOUQIN_TEST_CLOCK_TOKEN: CLOCK_TOKEN });
  browser = await launchBrowser();
  const today = shanghaiDate(new Date());
  const monday = mondayOf(addDays(today, 7));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const { found, openDays } = await withApi('chenjing', async (api) => {
    const list = await api.get<CanteenList>('/api/canteens');
    const main = list.items.find((c) => c.name === CANTEEN);
    if (!main) throw new Error(`the demo canteen ${CANTEEN} is missing`);
    const calendar = await api.get<{ date: string; open: boolean }[]>(
      `/api/canteens/${main.id}/days?from=${days[0]}&to=${days[6]}`,
    );
    return { found: main, openDays: calendar.filter((d) => d.open).map((d) => d.date) };
  });
  expect([found.bookingMode, found.eligible, found.active]).toEqual(['opt_in', true, true]);
  canteen = found;
  const [wednesday = '', thursday = ''] = [days[2], days[3]];
  const counterDay = openDays.find((d) => d < wednesday);
  if (!openDays.includes(wednesday) || !openDays.includes(thursday) || !counterDay) {
    throw new Error(
      `next week (${days[0]}) needs Wednesday, Thursday and a day before them open: ${openDays}`,
    );
  }
  plan = { days, open: openDays, wednesday, thursday, counterDay };
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('canteen meal booking', () => {
  it('phone: book next week’s lunches in one action, cancel Wednesday’s before the cutoff', async () => {
    const phone = await openPhone('chenjing');
    const { page } = phone;

    await openNextWeek(page);
    for (const date of plan.open) {
      const { row, toggle } = lunchOf(page, date);
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      expect(await toggle.getAttribute('aria-disabled')).toBeNull();
      expect(await textOf(row)).toContain('未报餐');
    }
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-meals-next-week');

    // 整周操作 → 午餐：下周全订 (本周全订 on this week's tab), and what it did
    await page.getByRole('button', { name: '午餐：下周全订' }).click();
    const sheet = page.getByRole('dialog', { name: '午餐 · 下周全订' });
    await sheet.getByText(`已更改 ${plan.open.length} 餐。`).waitFor();
    await capture(page, 'mobile-meals-week-booked-sheet');
    await sheet.getByRole('button', { name: '知道了' }).click();
    await sheet.waitFor({ state: 'hidden' });

    for (const date of plan.open) {
      const { row, toggle } = lunchOf(page, date);
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
      expect(await textOf(row)).toContain('已报餐');
      expect(await textOf(row)).toMatch(/还剩 \d+ 天 \d+ 小时截止/);
    }
    await capture(page, 'mobile-meals-week-booked');

    // Wednesday's lunch off with its switch
    const wednesday = lunchOf(page, plan.wednesday);
    await wednesday.toggle.click();
    const notice = page.getByRole('status').getByText(`已取消 ${dayLabel(plan.wednesday)} 午餐`);
    await notice.waitFor();
    await expect.poll(() => wednesday.toggle.getAttribute('aria-checked')).toBe('false');
    expect(await textOf(wednesday.row)).toContain('未报餐');
    for (const date of plan.open.filter((d) => d !== plan.wednesday)) {
      expect(await lunchOf(page, date).toggle.getAttribute('aria-checked')).toBe('true');
    }
    await notice.waitFor({ state: 'detached' });
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-meals-wednesday-cancelled');

    // the API agrees: exactly next week's open days but Wednesday, lunch, at 机关食堂
    const booked = await withApi('chenjing', (api) =>
      bookedLunches(api, plan.days[0] ?? '', plan.days[6] ?? ''),
    );
    expect(booked.sort((a, b) => a.date.localeCompare(b.date))).toEqual(
      plan.open
        .filter((d) => d !== plan.wednesday)
        .map((date) => ({ canteenId: canteen.id, date, meal: 'lunch' })),
    );

    expectCleanRun(phone, 'the booking flow');
    await phone.context.close();
  });

  it('phone: 王芳 orders guest meals for next Thursday’s lunch, paid by 区财政局', async () => {
    const phone = await openPhone('wangfang');
    const { page } = phone;
    await page.goto(url('/meals/guests'));
    await page.getByRole('heading', { level: 1, name: '公务接待' }).waitFor();
    await pickCanteen(page);
    await page.getByLabel('日期', { exact: true }).fill(plan.thursday);
    await page.getByLabel('餐次', { exact: true }).selectOption({ label: '午餐' });
    // the paying unit starts at her own unit; this reception is paid by 区财政局
    const payingUnit = page.getByLabel('付费单位', { exact: true });
    expect(await payingUnit.locator('option:checked').textContent()).toBe('区发展和改革局');
    await payingUnit.selectOption({ label: '区财政局' });
    await page.getByLabel('客人数', { exact: true }).fill('4');
    await page.getByLabel('事由', { exact: true }).fill('市财政局调研座谈');
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-guest-meals-form');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('已预订 4 人客餐。').waitFor();
    const order = page.getByRole('listitem').filter({ hasText: '市财政局调研座谈' });
    await order.waitFor();
    expect(await textOf(order)).toContain('付费：区财政局');
    await capture(page, 'mobile-guest-meals-ordered');

    const orders = await withApi('wangfang', (api) =>
      api.get<{ items: GuestMeal[] }>(`/api/guest-meals?from=${plan.thursday}&to=${plan.thursday}`),
    );
    expect(
      orders.items.map((o) => [o.date, o.meal, o.guestCount, o.payingUnitName, o.status, o.reason]),
    ).toEqual([[plan.thursday, 'lunch', 4, '区财政局', 'approved', '市财政局调研座谈']]);
    expectCleanRun(phone, 'the guest meal order');
    await phone.context.close();
  });

  it('counter: on day D at lunch the typed code of 陈静’s pass is GREEN once, then RED', async () => {
    const D = plan.counterDay;
    // before the cutoff, at real time: 陈静's lunch on D is booked (by the week action; again is a no-op)
    await withApi('chenjing', async (api) => {
      const again = await api.raw('POST', '/api/meal-bookings', {
        canteenId: canteen.id,
        date: D,
        meal: 'lunch',
      });
      expect(again.status()).toBe(200);
    });
    // 杨帆 does not eat lunch on D (the demo books about 70% of staff): the pass will be RED 未报餐
    await withApi(WALK_IN_DINER.username, async (api) => {
      const mine = await api.get<MealBookingList>(`/api/meal-bookings?from=${D}&to=${D}`);
      for (const b of mine.items.filter((m) => m.meal === 'lunch' && m.status === 'booked')) {
        await api.post('/api/meal-bookings/cancel', { canteenId: b.canteenId, date: D, meal: 'lunch' });
      }
    });
    // and 李娜's and 张伟's, for the camera and kitchen flows (made now: on D at lunch the cutoff has passed)
    for (const { username } of [CAMERA_DINER, OTHER_DINER]) {
      await withApi(username, (api) =>
        api.post('/api/meal-bookings', { canteenId: canteen.id, date: D, meal: 'lunch' }, 201),
      );
    }

    // the server on day D at 11:40, lunch being served (a jump of days: everyone signs in again)
    await moveServerClock(shanghaiAt(D, '11:40'));

    // 陈静's phone: 报餐 → 就餐码
    const diner = await openPhone('chenjing');
    await diner.page.locator('.service-grid').getByRole('link', { name: '报餐', exact: true }).click();
    await diner.page.getByRole('heading', { level: 1, name: '报餐' }).waitFor();
    await diner.page.getByRole('link', { name: '就餐码' }).click();
    await diner.page.getByRole('heading', { level: 1, name: '就餐码' }).waitFor();
    const codeOnPass = diner.page.locator('.meal-pass-code');
    const code = await textOf(codeOnPass);
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(await textOf(diner.page.locator('.meal-pass-name'))).toContain('陈静');
    const qr = diner.page.getByRole('img', { name: '就餐二维码，请在食堂窗口出示' });
    const token = await decodeQr(qr);
    expect(token.length).toBeGreaterThan(20);
    await expectNoHorizontalScroll(diner.page, PHONE.width);
    await capture(diner.page, 'mobile-meal-pass');

    // 赵敏's phone at the counter: 报餐 → 核验, 机关食堂, 午餐
    const counter = await openPhone('zhaomin');
    const { page } = counter;
    await page.locator('.service-grid').getByRole('link', { name: '报餐', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '报餐' }).waitFor();
    await page.getByRole('navigation', { name: '报餐相关' }).getByRole('link', { name: '核验' }).click();
    await page.getByRole('heading', { level: 1, name: '核验' }).waitFor();
    await pickCanteen(page);
    await page.getByRole('tab', { name: '午餐' }).click();
    expect(await page.getByRole('tab', { name: '午餐' }).getAttribute('aria-selected')).toBe('true');
    // headless Chromium has no camera: the page says so and the typed code is the way in
    await page.getByText(/摄像头不可用|没有摄像头权限/).waitFor();
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-counter');

    // the code → GREEN with 陈静's name, marked served
    const green = await verifyCode(page, code);
    expect(await green.getAttribute('class')).toContain('verdict-green');
    expect(await textOf(green.locator('.verdict-diner'))).toContain('陈静');
    expect(await textOf(green.locator('.verdict-headline'))).toBe('已核销');
    await capture(page, 'mobile-counter-green');
    await dismissVerdict(page);
    const served = await withApi('chenjing', (api) =>
      api.get<MealBookingList>(`/api/meal-bookings?from=${D}&to=${D}`),
    );
    expect(
      served.items.filter((b) => b.meal === 'lunch').map((b) => [b.status, b.servedAt !== null]),
    ).toEqual([['booked', true]]);

    // the same code again: RED (a short code is single-use)
    const reused = await verifyCode(page, code);
    expect(await reused.getAttribute('class')).toContain('verdict-red');
    expect(await textOf(reused.locator('.verdict-headline'))).toBe('码已过期');
    await dismissVerdict(page);

    // 陈静 shows the pass again with a fresh code: RED 已就餐, with when
    await diner.page.getByRole('button', { name: '立即刷新' }).click();
    await expect.poll(() => textOf(codeOnPass)).not.toBe(code);
    const second = await verifyCode(page, await textOf(codeOnPass));
    expect(await second.getAttribute('class')).toContain('verdict-red');
    expect(await textOf(second.locator('.verdict-diner'))).toContain('陈静');
    expect(await textOf(second.locator('.verdict-headline'))).toBe('已就餐');
    expect(await textOf(second.locator('.verdict-detail'))).toMatch(/^就餐时间 11:4\d$/);
    await capture(page, 'mobile-counter-red-served');
    await dismissVerdict(page);

    // the pass's QR token, as a scanner sends it: RED already_served too
    const byToken = await withApi('zhaomin', (api) => verifyByApi(api, { token }));
    expect([byToken.result, byToken.reason, byToken.diner?.displayName]).toEqual([
      'red',
      'already_served',
      '陈静',
    ]);

    // 杨帆 did not book lunch: RED 未报餐, and one tap records a walk-in at the walk-in price
    const kitchen = () =>
      withApi('zhaomin', (api) => api.get<KitchenView>(`/api/canteens/${canteen.id}/kitchen?date=${D}`));
    const walkInsBefore = (await kitchen()).meals.find((m) => m.meal === 'lunch')?.walkIns;
    const unbookedPass = await withApi(WALK_IN_DINER.username, (api) => api.get<MealPass>('/api/meal-pass'));
    const notBooked = await verifyCode(page, unbookedPass.code);
    expect(await textOf(notBooked.locator('.verdict-diner'))).toContain(WALK_IN_DINER.displayName);
    expect(await textOf(notBooked.locator('.verdict-headline'))).toBe('未报餐');
    await capture(page, 'mobile-counter-red-walk-in');
    await notBooked.getByRole('button', { name: /^记为散客/ }).click();
    await page
      .getByText(new RegExp(`^已为${WALK_IN_DINER.displayName}记录散客就餐（¥\\d+\\.\\d\\d）$`))
      .waitFor();
    await notBooked.waitFor({ state: 'detached' });
    expect((await kitchen()).meals.find((m) => m.meal === 'lunch')?.walkIns).toBe((walkInsBefore ?? 0) + 1);

    expectCleanRun(diner, 'the dining pass');
    expectCleanRun(counter, 'the counter');
    await diner.context.close();
    await counter.context.close();
  });

  it('counter camera: the QR on 李娜’s phone, seen by the counter’s camera, is GREEN, then RED', async () => {
    // 李娜's pass on her phone; its QR becomes the video the counter's fake camera plays
    const diner = await openPhone(CAMERA_DINER.username);
    await diner.page.goto(url('/meals/pass'));
    await diner.page.getByRole('heading', { level: 1, name: '就餐码' }).waitFor();
    const qr = diner.page.getByRole('img', { name: '就餐二维码，请在食堂窗口出示' });
    await decodeQr(qr);
    const video = path.join(server.dataDir, 'pass-qr.y4m');
    fs.writeFileSync(video, await y4mOf(await qr.screenshot()));

    const cameraBrowser = await launchBrowser([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const context = await newContext(cameraBrowser, PHONE);
      await context.grantPermissions(['camera'], { origin: server.baseUrl });
      const page = await context.newPage();
      const counter: Screen = {
        context,
        page,
        problems: watchConsole(page),
        httpErrors: watchHttpErrors(page),
      };
      await page.goto(url('/meals/counter'));
      await page.waitForURL('**/login');
      await submitLogin(page, 'zhaomin', DEMO_PASSWORD, '登录');
      await page.getByRole('heading', { level: 1, name: '核验' }).waitFor();
      await pickCanteen(page);
      await page.getByRole('tab', { name: '午餐' }).click();

      // the camera is on and reads the pass by itself: GREEN with her name
      const verdict = page.locator('.verdict');
      await verdict.waitFor({ timeout: 15_000 });
      expect(await verdict.getAttribute('class')).toContain('verdict-green');
      expect(await textOf(verdict.locator('.verdict-diner'))).toContain(CAMERA_DINER.displayName);
      await capture(page, 'mobile-counter-camera-green');
      await dismissVerdict(page);
      await page.getByLabel('摄像头画面，将就餐码对准取景框').waitFor();
      await capture(page, 'mobile-counter-camera');

      // the same pass still in front of the camera is read again (after 5 s): RED 已就餐
      await verdict.waitFor({ timeout: 15_000 });
      expect(await verdict.getAttribute('class')).toContain('verdict-red');
      expect(await textOf(verdict.locator('.verdict-headline'))).toBe('已就餐');
      await dismissVerdict(page);

      expectCleanRun(counter, 'the counter with a camera');
      expectCleanRun(diner, 'the dining pass for the camera');
      await context.close();
    } finally {
      await cameraBrowser.close();
      await diner.context.close();
    }
  });

  it('kitchen: the board for day D counts a diner served at the counter live, without reload', async () => {
    const D = plan.counterDay;
    const kitchen = await openPhone('zhaomin', TABLET);
    const { page } = kitchen;
    await page.locator('.service-grid').getByRole('link', { name: '报餐', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '报餐' }).waitFor();
    await page.getByRole('navigation', { name: '报餐相关' }).getByRole('link', { name: '厨房看板' }).click();
    await page.getByRole('heading', { level: 1, name: '厨房看板' }).waitFor();
    await pickCanteen(page);
    await page.getByText(`${dayLabel(D)} 实时更新`).waitFor();
    await page.getByRole('status').getByText('实时更新').waitFor();
    const lunch = page.getByRole('region', { name: '午餐' });
    const figure = (name: string) =>
      lunch
        .locator('.kitchen-figure')
        .filter({ has: page.getByRole('term').getByText(name, { exact: true }) });
    const count = async (name: string) => Number(await textOf(figure(name).getByRole('definition')));

    // the board shows the server's counts for D (陈静 served at the counter, 张伟 not yet)
    const before = await withApi('zhaomin', (api) =>
      api.get<KitchenView>(`/api/canteens/${canteen.id}/kitchen?date=${D}`),
    );
    expect(before.date).toBe(D);
    const lunchBefore = before.meals.find((m) => m.meal === 'lunch');
    expect(lunchBefore?.served).toBeGreaterThanOrEqual(1);
    expect(lunchBefore?.booked).toBeGreaterThanOrEqual(2);
    expect(await count('已就餐')).toBe(lunchBefore?.served);
    expect(await count('报餐')).toBe(lunchBefore?.booked);
    expect(await count('待就餐')).toBe(lunchBefore?.remaining);
    await capture(page, 'mobile-kitchen');

    // survives only if the page is never reloaded
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // 张伟's pass, verified at a counter through the API
    const pass = await withApi(OTHER_DINER.username, (api) => api.get<MealPass>('/api/meal-pass'));
    const result = await withApi('zhaomin', (api) => verifyByApi(api, { code: pass.code }));
    expect([result.result, result.diner?.displayName]).toEqual(['green', OTHER_DINER.displayName]);

    // the open board counts it (the stream reads the counts every 2 s)
    const servedBefore = lunchBefore?.served ?? 0;
    await expect.poll(() => count('已就餐'), { timeout: 10_000 }).toBe(servedBefore + 1);
    expect(await count('待就餐')).toBe((lunchBefore?.remaining ?? 0) - 1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    const fgj = lunch.getByRole('row', { name: /区发展和改革局/ });
    expect(await textOf(fgj)).toMatch(/区发展和改革局/);
    await capture(page, 'mobile-kitchen-live');

    expectCleanRun(kitchen, 'the kitchen board');
    await kitchen.context.close();
  });

  it('after the cutoff: Thursday’s lunch is locked in the app and refused by the API', async () => {
    // one minute past Thursday's 09:30 lunch cutoff (Shanghai)
    await moveServerClock(shanghaiAt(plan.thursday, '09:31'));

    const phone = await openPhone('chenjing');
    const { page } = phone;
    await openNextWeek(page);
    const thursday = lunchOf(page, plan.thursday);
    expect(await thursday.toggle.getAttribute('aria-disabled')).toBe('true');
    expect(await thursday.toggle.getAttribute('aria-checked')).toBe('true');
    expect(await thursday.toggle.getAttribute('class')).toContain('is-locked');
    // the days after it are still open to change
    for (const date of plan.open.filter((d) => d > plan.thursday)) {
      expect(await lunchOf(page, date).toggle.getAttribute('aria-disabled')).toBeNull();
    }

    // a tap says why, and changes nothing (aria-disabled, but tappable by design: Playwright's
    // "enabled" check is skipped, the click is still a real one on the visible switch)
    await thursday.toggle.click({ force: true });
    const why = thursday.row.getByRole('alert');
    expect(await textOf(why)).toMatch(/^午餐已于 .*09:30 截止，不能再更改。如需调整请联系食堂。$/);
    expect(await thursday.toggle.getAttribute('aria-checked')).toBe('true');
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-meals-after-cutoff');

    // the API refuses both ways: 422 BOOKING_CUTOFF_PASSED
    await withApi('chenjing', async (api) => {
      const input = { canteenId: canteen.id, date: plan.thursday, meal: 'lunch' };
      for (const path of ['/api/meal-bookings', '/api/meal-bookings/cancel']) {
        const response = await api.raw('POST', path, input);
        expect(response.status(), path).toBe(422);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code, path).toBe('BOOKING_CUTOFF_PASSED');
      }
      // still booked, exactly as before
      const booked = await bookedLunches(api, plan.thursday, plan.thursday);
      expect(booked).toEqual([{ canteenId: canteen.id, date: plan.thursday, meal: 'lunch' }]);
    });
    // the refused request makes no console noise: nothing was sent by the locked switch
    expectCleanRun(phone, 'the cutoff flow');
    await phone.context.close();
  });

  it('console: 报餐统计 and 月度结算 show the past month’s figures', async () => {
    const desk = await openConsole('huanglei');
    const { page } = desk;

    await page.getByRole('menuitem', { name: '报餐统计', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '报餐统计' }).waitFor();
    await page.waitForURL(/canteen-statistics/);
    const totals = page.locator('.ant-statistic');
    await totals.first().waitFor();
    // the page's range (its default: the 30 days up to yesterday, by the browser's clock)
    const range = page.locator('#canteen-stats-range');
    const from = await range.inputValue();
    const to = await page.locator('.ant-picker-range input').nth(1).inputValue();
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const stats = await withApi('huanglei', (api) =>
      api.get<CanteenStats>(`/api/admin/canteen-stats?from=${from}&to=${to}`),
    );
    expect(stats.totals.booked).toBeGreaterThan(100);
    expect(stats.totals.served).toBeGreaterThan(100);
    const statistic = (title: string) =>
      totals.filter({ has: page.getByText(title, { exact: true }) }).locator('.ant-statistic-content-value');
    const shown = (n: number) => new Intl.NumberFormat('en-US').format(n);
    expect(await textOf(statistic('报餐'))).toBe(shown(stats.totals.booked));
    expect(await textOf(statistic('就餐'))).toBe(shown(stats.totals.served));
    await page.getByRole('heading', { name: '每日趋势' }).waitFor();
    await settleCanvases(page);
    await capture(page, 'console-canteen-statistics');

    await page.getByRole('menuitem', { name: '月度结算', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '月度结算' }).waitFor();
    const month = await page.locator('#statement-month').inputValue();
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    const statement = await withApi('huanglei', (api) =>
      api.get<Statement>(`/api/canteen-statements?month=${month}`),
    );
    expect(statement.totalFen).toBeGreaterThan(0);
    expect(statement.units.length).toBeGreaterThan(0);
    const grand = page.locator('.ant-statistic').filter({ hasText: '本月合计' });
    const yuan = `¥${new Intl.NumberFormat('en-US').format(Math.trunc(statement.totalFen / 100))}.${String(statement.totalFen % 100).padStart(2, '0')}`;
    await expect.poll(() => textOf(grand.locator('.ant-statistic-content'))).toBe(yuan);
    const byUnit = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '按单位' }) });
    await byUnit.locator('.ant-table-row').first().waitFor();
    expect(await byUnit.locator('.ant-table-row').count()).toBe(statement.units.length);
    const byPerson = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '按人员' }) });
    await byPerson.locator('.ant-table-row').first().waitFor();
    await capture(page, 'console-canteen-statements');

    expectCleanRun(desk, 'the console pages');
    await desk.context.close();
  });
});
