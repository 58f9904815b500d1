import type {
  Availability,
  Booking,
  BookingList,
  CreateBookingResult,
  MeetingRoom,
  MeetingRoomList,
  PreviewResult,
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
import { decodeQr } from './support/qr';
import { DEMO_PASSWORD, type RunningServer, startServer } from './support/server';
import { addDays, shanghaiDate, shanghaiMinutes } from './support/shanghai';

/**
 * 会议室预订 end to end (issue 4's "done when"): on a 375×812 phone a staff member finds a free room
 * and books a weekly series with tea, and sees it in 我的会议; a booking of the hall that needs
 * approval is approved by its named approver in the console; the booker checks in through the link
 * in the room's QR label; a booking nobody checks in to is released by the scheduler once the
 * server's clock has been moved past its no-show time.
 *
 * Times are Shanghai wall-clock times (the test process runs in America/St_Johns). The server's
 * clock only moves forward, and the browsers' clocks are set to the server's, as a phone's would be.
 */

const CLOCK_TOKEN = 'e2e-meeting-rooms-test-clock-token-2026';
const MINUTE = 60_000;

const SERIES_TITLE = '项目推进周例会';
const HALL_TITLE = '全区安全生产部署会';
const NO_SHOW_TITLE = '防汛应急演练复盘会';

let server: RunningServer;
let browser: Browser;
/** server time − real time */
let clockOffsetMs = 0;

const url = (path: string) => `${server.baseUrl}${path}`;
const serverNow = () => new Date(Date.now() + clockOffsetMs);

// ---- Shanghai dates and times ----

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** ISO 8601 with the +08:00 offset, as the apps send it */
const shanghaiIso = (date: string, minutes: number) => `${date}T${hhmm(minutes)}:00+08:00`;
const ceilTo5 = (minutes: number) => Math.ceil(minutes / 5) * 5;

// ---- the plan: which room and times each flow uses, checked against the API first ----

interface SeriesPlan {
  room: MeetingRoom;
  date: string;
  from: number;
  to: number;
}

interface HallPlan {
  hall: MeetingRoom;
  date: string;
  /** the booking made on the phone, approved in the console, checked in through the QR link */
  checkInFrom: number;
  checkInTo: number;
  /** booked through the API, approved, never checked in: the no-show */
  noShow: Booking;
}

let series: SeriesPlan;
let hall: HallPlan;
/** the hall booking made on the phone in the approval flow */
let hallBookingId = '';
/** the phone that checked in; it watches the no-show being released */
let checkInPhone: { context: BrowserContext; page: Page; problems: string[] } | null = null;

async function moveServerClock(to: Date): Promise<void> {
  const now = await setServerClock(server.baseUrl, CLOCK_TOKEN, to);
  clockOffsetMs = now.getTime() - Date.now();
}

const withApi = <T>(username: string, use: (api: ApiSession) => Promise<T>) =>
  withApiSession(server.baseUrl, username, use);

const previewSlots = (api: ApiSession, body: Record<string, unknown>) =>
  api.post<PreviewResult>('/api/room-bookings/preview', body).then((r) => r.occurrences);

/** A small room free for four weeks in a row at one time on a workday from the day after tomorrow. */
async function planSeries(api: ApiSession, rooms: MeetingRoom[]): Promise<SeriesPlan> {
  const today = shanghaiDate(serverNow());
  const small = ['A-510', 'B-310', 'B-211', 'A-210', 'A-310'];
  const candidates = small.flatMap((number) => rooms.filter((r) => r.number === number && r.mayBook));
  const times: [number, number][] = [
    [16 * 60, 17 * 60],
    [15 * 60, 16 * 60],
    [10 * 60 + 30, 11 * 60 + 30],
  ];
  for (let days = 2; days <= 8; days++) {
    const date = addDays(today, days);
    for (const room of candidates) {
      for (const [from, to] of times) {
        const slots = await previewSlots(api, {
          roomId: room.id,
          title: SERIES_TITLE,
          startsAt: shanghaiIso(date, from),
          endsAt: shanghaiIso(date, to),
          rrule: 'FREQ=WEEKLY;COUNT=4',
          skipNonWorkdays: true,
        });
        if (slots.length === 4 && slots.every((s) => s.status === 'free')) return { room, date, from, to };
      }
    }
  }
  throw new Error('no small room is free four weeks in a row');
}

/**
 * The hall (approval, check-in, 120 min notice): two slots on one day, the first for the phone's
 * booking, the second an hour later for the no-show, the earliest both free at least 2 h 15 min
 * from now. When today has none (a weekend, a holiday, the afternoon), the server moves to the next
 * workday 09:55 first.
 */
async function findHallSlots(api: ApiSession, hallRoom: MeetingRoom, date: string) {
  const day = await api.get<Availability>(`/api/rooms/availability?date=${date}`);
  const open = day.rooms.find((r) => r.room.id === hallRoom.id)?.day;
  if (!open?.openFrom || !open.openTo) return null;
  const openFrom = toMinutes(open.openFrom);
  const openTo = toMinutes(open.openTo);
  const now = serverNow();
  const earliest = shanghaiDate(now) === date ? ceilTo5(shanghaiMinutes(now) + 135) : openFrom;
  for (let start = Math.max(openFrom, earliest); start + 120 <= openTo; start += 30) {
    const slots = await Promise.all(
      [
        [start, start + 30],
        [start + 60, start + 120],
      ].map(([from = 0, to = 0]) =>
        previewSlots(api, {
          roomId: hallRoom.id,
          title: HALL_TITLE,
          startsAt: shanghaiIso(date, from),
          endsAt: shanghaiIso(date, to),
        }),
      ),
    );
    if (slots.flat().every((s) => s.status === 'free')) return start;
  }
  return null;
}

async function planHall(rooms: MeetingRoom[]): Promise<HallPlan> {
  const hallRoom = rooms.find((r) => r.name === '多功能厅');
  if (!hallRoom) throw new Error('the demo hall 多功能厅 is missing');
  expect([hallRoom.requiresApproval, hallRoom.checkInRequired]).toEqual([true, true]);
  expect(hallRoom.approvers.map((a) => a.displayName)).toContain('李强');

  const today = shanghaiDate(serverNow());
  let date = today;
  let start = await withApi('chenjing', (api) => findHallSlots(api, hallRoom, date));
  if (start === null) {
    // the next workday (the hall is open on workdays only) at 09:55, before anyone signs in
    for (let days = 1; days <= 14 && start === null; days++) {
      const next = addDays(today, days);
      const opens = await withApi('chenjing', async (api) => {
        const day = await api.get<Availability>(`/api/rooms/availability?date=${next}`);
        return day.rooms.find((r) => r.room.id === hallRoom.id)?.day.openFrom ?? null;
      });
      if (!opens) continue;
      await moveServerClock(new Date(shanghaiIso(next, 9 * 60 + 55)));
      date = next;
      start = await withApi('chenjing', (api) => findHallSlots(api, hallRoom, date));
    }
  }
  if (start === null) throw new Error('the hall has no free slots for the check-in and no-show flows');
  const checkInFrom = start;

  // the no-show: booked by 陈静 through the API, approved by 李强 through the API
  const noShowId = await withApi('chenjing', async (api) => {
    const created = await api.post<CreateBookingResult>(
      '/api/room-bookings',
      {
        roomId: hallRoom.id,
        title: NO_SHOW_TITLE,
        startsAt: shanghaiIso(date, checkInFrom + 60),
        endsAt: shanghaiIso(date, checkInFrom + 120),
      },
      201,
    );
    expect(created.status).toBe('pending');
    return created.id;
  });
  const noShow = await withApi('liqiang', async (api) => {
    await api.post(`/api/room-bookings/${noShowId}/approve`, {});
    return api.get<Booking>(`/api/room-bookings/${noShowId}`);
  });
  expect([noShow.status, noShow.checkInRequired]).toEqual(['confirmed', true]);
  return { hall: hallRoom, date, checkInFrom, checkInTo: checkInFrom + 30, noShow };
}

// ---- browser helpers ----

/** A browser context whose clock reads the server's time (and keeps running). */
async function contextAt(viewport: typeof PHONE): Promise<BrowserContext> {
  const context = await newContext(browser, viewport);
  await context.clock.install({ time: serverNow() });
  return context;
}

async function openPhone(username: string) {
  const context = await contextAt(PHONE);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(url('/'));
  await page.waitForURL('**/login');
  await submitLogin(page, username, DEMO_PASSWORD, '登录');
  await page.getByRole('heading', { level: 1, name: /^您好，/ }).waitFor();
  return { context, page, problems };
}

async function openConsole(username: string) {
  const context = await contextAt(DESKTOP);
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(url('/admin'));
  await page.waitForURL('**/admin/login');
  await submitLogin(page, username, DEMO_PASSWORD, '登录');
  await page.getByRole('heading', { level: 1, name: '首页' }).waitFor();
  return { context, page, problems };
}

/** 首页 → 会议室, then the finder filled in: date, time, attendees; waits for the search to apply. */
async function findRooms(page: Page, date: string, from: number, to: number, people: number) {
  await page.locator('.service-grid').getByRole('link', { name: '会议室', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '会议室' }).waitFor();
  await page.locator('#finder-date').fill(date);
  await page.locator('#finder-from').fill(hhmm(from));
  await page.locator('#finder-to').fill(hhmm(to));
  await page.locator('#finder-people').fill(String(people));
  await page.waitForURL((address) => {
    const q = address.searchParams;
    return (
      q.get('date') === date &&
      q.get('from') === hhmm(from) &&
      q.get('to') === hhmm(to) &&
      q.get('people') === String(people)
    );
  });
}

/** The unread badge on the tab bar's 消息, then the list with the message about `title`. */
async function openMessageAbout(page: Page, heading: string, title: string): Promise<Locator> {
  await page.goto(url('/'));
  await page
    .getByRole('link', { name: /消息，\d+ 条未读/ })
    .first()
    .waitFor();
  await page.getByRole('link', { name: /消息/ }).last().click();
  await page.getByRole('heading', { level: 1, name: '消息' }).waitFor();
  const item = page.getByRole('listitem').filter({ hasText: heading }).filter({ hasText: title });
  await item.first().waitFor();
  return item;
}

beforeAll(async () => {
  server = await startServer({ HOUQIN_TEST_CLOCK_TOKEN: CLOCK_TOKEN });
  browser = await launchBrowser();
  const rooms = await withApi('chenjing', (api) =>
    api.get<MeetingRoomList>('/api/rooms').then((r) => r.items),
  );
  hall = await planHall(rooms);
  series = await withApi('chenjing', (api) => planSeries(api, rooms));
});

afterAll(async () => {
  await checkInPhone?.context.close();
  await browser?.close();
  await server?.stop();
});

describe('meeting rooms', () => {
  it('phone: find a free room, book a weekly series with tea, see every meeting in 我的会议', async () => {
    const { context, page, problems } = await openPhone('chenjing');

    await findRooms(page, series.date, series.from, series.to, 6);
    // the rooms listed are the ones the API finds free for that window and size
    const free = await withApi('chenjing', (api) =>
      api.get<Availability>(
        `/api/rooms/availability?date=${series.date}&from=${hhmm(series.from)}&to=${hhmm(series.to)}&minCapacity=6`,
      ),
    );
    expect(free.rooms.map((r) => r.room.id)).toContain(series.room.id);
    await page.getByRole('status').getByText(`${free.rooms.length} 间会议室可用`).waitFor();
    expect(await page.locator('.room-card').count()).toBe(free.rooms.length);
    // room names repeat across buildings (第2会议室 in A and in B): the card is found by its number
    const card = page.locator('.room-card').filter({ hasText: series.room.number });
    expect(await textOf(card)).toContain(series.room.name);
    expect(await textOf(card)).toContain(`${series.room.capacity} 人`);
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-rooms-found');

    // the same day as a timeline of every room
    await page.getByRole('tab', { name: '全天时间轴' }).click();
    const timeline = page.getByRole('region', { name: `${series.date} 各会议室时间轴` });
    await timeline
      .getByRole('link', { name: new RegExp(`^${series.room.name}`) })
      .first()
      .waitFor();
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-rooms-timeline');
    await page.getByRole('tab', { name: '可用会议室' }).click();

    // 预订 from the result: the form has the searched date and times
    // the link names the building and number too: 第2会议室 is in A座 and in B座
    const bookName = `预订 ${series.room.name}（${series.room.building} ${series.room.number}）`;
    await card.getByRole('link', { name: bookName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `预订${series.room.name}` }).waitFor();
    expect(await page.locator('#date').inputValue()).toBe(series.date);
    expect(await page.locator('#start').inputValue()).toBe(hhmm(series.from));
    expect(await page.locator('#end').inputValue()).toBe(hhmm(series.to));
    await page.getByPlaceholder('例如：周例会').fill(SERIES_TITLE);
    await page.getByRole('radio', { name: '每周', exact: true }).check();
    await page.locator('#recurrence-count').fill('4');
    await page.getByRole('checkbox', { name: '茶水' }).check();
    await page.getByRole('textbox', { name: '茶水说明' }).waitFor();
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-booking-form-series');

    // the preview: four meetings, each free
    await page.getByRole('button', { name: '检查每次会议并预订' }).click();
    const sheet = page.getByRole('dialog', { name: '每次会议的时间' });
    await sheet.getByText('共 4 次，其中 4 次可以预订').waitFor();
    const rows = sheet.locator('.slot-row');
    expect(await rows.count()).toBe(4);
    expect(await rows.filter({ hasText: '可预订' }).count()).toBe(4);
    expect(await textOf(rows.first())).toContain(`${hhmm(series.from)}–${hhmm(series.to)}`);
    await capture(page, 'mobile-booking-preview');
    await sheet.getByRole('button', { name: '确认预订 4 次' }).click();
    const notice = page.getByRole('status').getByText('预订成功，共 4 次会议');
    await notice.waitFor();
    await page.waitForURL('**/rooms/bookings/*');

    // 我的会议: the four meetings of the series, weekly at the same time
    const mine = await withApi('chenjing', (api) => api.get<BookingList>('/api/room-bookings/mine'));
    const booked = mine.items.filter((b) => b.title === SERIES_TITLE);
    expect(booked.map((b) => shanghaiDate(new Date(b.startsAt)))).toEqual(
      [0, 7, 14, 21].map((d) => addDays(series.date, d)),
    );
    expect(new Set(booked.map((b) => b.seriesId)).size).toBe(1);
    await page.getByRole('link', { name: '返回' }).click();
    await page.getByRole('heading', { level: 1, name: '我的会议' }).waitFor();
    const items = page.locator('.booking-item').filter({ hasText: SERIES_TITLE });
    await items.first().waitFor();
    expect(await items.count()).toBe(4);
    for (const text of ['已预订', '周期会议', series.room.name]) {
      expect(await textOf(items.first())).toContain(text);
    }
    await expectNoHorizontalScroll(page, PHONE.width);
    await notice.waitFor({ state: 'detached' });
    await capture(page, 'mobile-my-bookings-series');

    // the first meeting: the series rule and the tea task with its due time, still to do
    await items.first().click();
    await page.getByRole('heading', { level: 2, name: SERIES_TITLE }).waitFor();
    const detail = await textOf(page.locator('.booking-summary'));
    expect(detail).toContain('每周');
    expect(detail).toContain('共 4 次');
    const tea = page.locator('.service-status').filter({ hasText: '茶水' });
    expect(await textOf(tea)).toMatch(/\d{2}:\d{2} 前完成/);
    expect(await textOf(tea)).toContain('待完成');
    const first = booked[0];
    expect(first?.services.map((s) => [s.kind, s.status])).toEqual([['tea', 'open']]);
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-booking-detail-tea');

    // 修改会议: 席卡 added to this meeting only (the default scope); its task shows on the detail
    await page.getByRole('button', { name: '修改会议' }).click();
    await page.getByRole('heading', { level: 1, name: '修改会议' }).waitFor();
    expect(await page.getByRole('checkbox', { name: '茶水' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: '席卡' }).check();
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-booking-edit-services');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('已修改 1 次会议').waitFor();
    const cards = page.locator('.service-status').filter({ hasText: '席卡' });
    await cards.waitFor();
    expect(await textOf(cards)).toContain('待完成');
    const [edited, next] = await withApi('chenjing', (api) =>
      Promise.all(booked.slice(0, 2).map((b) => api.get<Booking>(`/api/room-bookings/${b.id}`))),
    );
    expect(edited?.services.map((s) => [s.kind, s.status]).sort()).toEqual([
      ['name_cards', 'open'],
      ['tea', 'open'],
    ]);
    expect(next?.services.map((s) => s.kind)).toEqual(['tea']);

    expectNoConsoleProblems(problems, 'the series flow');
    await context.close();
  });

  it('approval: the hall booked on the phone waits for 李强, who approves it in the console', async () => {
    const phone = await openPhone('chenjing');
    const { page } = phone;

    await findRooms(page, hall.date, hall.checkInFrom, hall.checkInTo, 50);
    const card = page.locator('.room-card').filter({ hasText: '多功能厅' });
    await card.waitFor();
    expect(await textOf(card)).toContain('需审批');
    await page
      .getByRole('link', { name: `预订 多功能厅（${hall.hall.building} ${hall.hall.number}）`, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: '预订多功能厅' }).waitFor();
    await page.getByText('此会议室需审批，审批通过前时段会为您保留。').waitFor();
    await page.getByPlaceholder('例如：周例会').fill(HALL_TITLE);
    await capture(page, 'mobile-booking-form-hall');
    await page.getByRole('button', { name: '预订', exact: true }).click();

    // the result: submitted, waiting for approval, the slot held
    const notice = page.getByRole('status').getByText('已提交，共 1 次会议，等待审批');
    await notice.waitFor();
    await page.waitForURL('**/rooms/bookings/*');
    hallBookingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const tags = page.locator('.booking-summary-tags');
    expect(await textOf(tags)).toContain('待审批');
    await page.getByText(/^等待审批，时段为您保留至 .+，审批结果会通知您。$/).waitFor();
    await expectNoHorizontalScroll(page, PHONE.width);
    await notice.waitFor({ state: 'detached' });
    await capture(page, 'mobile-booking-pending');

    // 李强, the hall's named approver, in the console
    const desk = await openConsole('liqiang');
    await desk.page.getByRole('menuitem', { name: '预订审批', exact: true }).click();
    await desk.page.getByRole('heading', { level: 1, name: '预订审批' }).waitFor();
    const row = desk.page.locator('.ant-table-row').filter({ hasText: HALL_TITLE });
    await row.waitFor();
    for (const text of ['多功能厅', '陈静', '区发展和改革局']) expect(await textOf(row)).toContain(text);
    await capture(desk.page, 'console-room-approvals');
    await row.getByRole('button', { name: '通过' }).click();
    const dialog = desk.page.getByRole('dialog', { name: '通过预订' });
    await dialog.getByText(HALL_TITLE).waitFor();
    await capture(desk.page, 'console-room-approve-dialog');
    await dialog.getByRole('button', { name: '通过' }).click();
    await desk.page.getByText('已通过 1 个预订，已通知预订人').waitFor();
    await row.waitFor({ state: 'detached' });
    expectNoConsoleProblems(desk.problems, 'the console approval');
    await desk.context.close();

    // back on the phone: confirmed (已预订), with the check-in hint
    await page.reload();
    await page.getByRole('heading', { level: 2, name: HALL_TITLE }).waitFor();
    expect(await textOf(tags)).toContain('已预订');
    await page.getByText(/^此会议需签到/).waitFor();
    await capture(page, 'mobile-booking-approved');

    // and the message that it was approved
    const message = await openMessageAbout(page, '会议室预订已批准', HALL_TITLE);
    expect(await textOf(message.first())).toContain('多功能厅');
    await capture(page, 'mobile-messages-approved');

    expectNoConsoleProblems(phone.problems, 'the approval flow on the phone');
    await phone.context.close();
  });

  it('check-in: the link in the hall QR label, opened on a phone within the window, checks in', async () => {
    expect(hallBookingId).not.toBe('');

    // the console's printable label for the hall: its QR, read like a camera would
    const desk = await openConsole('liqiang');
    await desk.page.getByRole('menuitem', { name: '会议室管理', exact: true }).click();
    await desk.page.getByRole('heading', { level: 1, name: '会议室管理' }).waitFor();
    const hallRow = desk.page.locator('.ant-table-row').filter({ hasText: '多功能厅' });
    await hallRow.getByRole('link', { name: '打印二维码' }).click();
    await desk.page.getByRole('heading', { level: 1, name: '签到二维码：多功能厅' }).waitFor();
    const qr = desk.page.getByRole('img', { name: '多功能厅的签到二维码' });
    const checkInUrl = await decodeQr(qr);
    const escapedBase = server.baseUrl.replaceAll('.', '\\.');
    expect(checkInUrl).toMatch(new RegExp(`^${escapedBase}/rooms/${hall.hall.id}/check-in\\?t=[\\w.-]+$`));
    await capture(desk.page, 'console-room-qr-label');
    expectNoConsoleProblems(desk.problems, 'the QR label');
    await desk.context.close();

    // five minutes before the meeting (check-in opens ten minutes before)
    await moveServerClock(new Date(shanghaiIso(hall.date, hall.checkInFrom - 5)));

    // the phone's camera opens the link: sign in first, then back on the check-in page
    const context = await contextAt(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    checkInPhone = { context, page, problems };
    await page.goto(checkInUrl);
    await page.waitForURL('**/login');
    await submitLogin(page, 'chenjing', DEMO_PASSWORD, '登录');
    await page.getByRole('heading', { level: 1, name: '会议签到' }).waitFor();
    expect(page.url()).toBe(checkInUrl);
    await page.getByRole('heading', { level: 2, name: HALL_TITLE }).waitFor();
    expect(await textOf(page.locator('.check-in-room'))).toContain('多功能厅');
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-check-in');

    await page.getByRole('button', { name: '签到', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: '签到成功' });
    await done.waitFor();
    expect(await textOf(done)).toContain(HALL_TITLE);
    await capture(page, 'mobile-check-in-done');
    const checkedIn = await withApi('chenjing', (api) =>
      api.get<Booking>(`/api/room-bookings/${hallBookingId}`),
    );
    expect(checkedIn.status).toBe('confirmed');
    expect(checkedIn.checkedInAt).not.toBeNull();

    // 查看会议: the detail says when
    await done.getByRole('link', { name: '查看会议' }).click();
    await page.getByText(/^已于 .+ 签到$/).waitFor();
    await capture(page, 'mobile-booking-checked-in');
    expectNoConsoleProblems(problems, 'the check-in flow');
  });

  it('no-show: the scheduler releases a booking nobody checked in to, once its time has passed', async () => {
    expect(checkInPhone).not.toBeNull();
    if (!checkInPhone) return;
    const { context, page, problems } = checkInPhone;
    const noShow = hall.noShow;
    expect(noShow.status).toBe('confirmed');

    // past the start + 15 no-show minutes (a 76-minute step: the phone's session stays signed in)
    const releaseAt = Date.parse(noShow.startsAt) + (hall.hall.noShowMinutes + 1) * MINUTE;
    await moveServerClock(new Date(releaseAt));
    await context.clock.setSystemTime(serverNow());

    // the every-minute job meeting-rooms.release-no-shows runs in the server's background scheduler
    const deadline = Date.now() + 90_000;
    const released = await withApi('chenjing', async (api) => {
      for (;;) {
        const booking = await api.get<Booking>(`/api/room-bookings/${noShow.id}`);
        if (booking.status === 'released' || Date.now() > deadline) return booking;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    });
    expect(released.status).toBe('released');
    const checkedIn = await withApi('chenjing', (api) =>
      api.get<Booking>(`/api/room-bookings/${hallBookingId}`),
    );
    expect(checkedIn.status).toBe('confirmed');

    // 我的会议 on the phone: released
    await page.goto(url('/rooms/mine'));
    await page.getByRole('heading', { level: 1, name: '我的会议' }).waitFor();
    const item = page.locator('.booking-item').filter({ hasText: NO_SHOW_TITLE });
    await item.waitFor();
    expect(await textOf(item)).toContain('已释放');
    await expectNoHorizontalScroll(page, PHONE.width);
    await capture(page, 'mobile-my-bookings-released');
    await item.click();
    await page.getByText('未按时签到，预订已自动释放。').waitFor();
    await capture(page, 'mobile-booking-released');

    // and the message about it
    await openMessageAbout(page, '会议室已释放', NO_SHOW_TITLE);
    await capture(page, 'mobile-messages-released');

    expectNoConsoleProblems(problems, 'the no-show flow');
    await context.close();
    checkInPhone = null;
  }, 150_000); // the release is polled for up to 90 s

  it('console: 使用统计 and 会议室管理 for the logistics admin', async () => {
    const { context, page, problems } = await openConsole('huanglei');

    await page.getByRole('menuitem', { name: '使用统计', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '会议室使用统计' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '各会议室使用率' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await settleCanvases(page);
    await capture(page, 'console-room-statistics');

    await page.getByRole('menuitem', { name: '会议室管理', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '会议室管理' }).waitFor();
    const rooms = await withApi('huanglei', (api) =>
      api.get<MeetingRoomList>('/api/admin/meeting-rooms').then((r) => r.items),
    );
    await page.locator('.ant-table-row').filter({ hasText: '多功能厅' }).waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(rooms.length);
    await capture(page, 'console-meeting-rooms');

    expectNoConsoleProblems(problems, 'the console pages');
    await context.close();
  });
});
