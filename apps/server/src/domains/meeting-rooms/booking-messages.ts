import type { ApiIssue } from '@houqin/contracts';
import { AppError } from '../../platform/errors';
import { fieldMessage, type Locale } from '../../platform/i18n';
import type { RecurrenceError } from './recurrence';

/** Field messages of the booking checks, in the client's language. */
const messages = {
  endBeforeStart: { 'zh-CN': '结束时间须晚于开始时间', en: 'must be after startsAt' },
  wholeMinutes: { 'zh-CN': '时间须为整分钟', en: 'must be a whole minute' },
  syntax: {
    'zh-CN': '重复规则无法识别（应为 RFC 5545 的 RRULE 值，例如 FREQ=WEEKLY;BYDAY=MO;COUNT=10）',
    en: 'not a valid RFC 5545 RRULE value (e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10)',
  },
  frequency: { 'zh-CN': '重复频率最小为每天', en: 'the frequency must be DAILY or longer' },
  dtstart: {
    'zh-CN': '开始时间由 startsAt 给出，规则中不能包含 DTSTART 或 TZID',
    en: 'DTSTART/TZID come from startsAt',
  },
  too_many: { 'zh-CN': '一个系列最多 366 次', en: 'a series may have at most 366 occurrences' },
  empty: { 'zh-CN': '该规则没有产生任何一次会议', en: 'the rule produces no occurrence' },
  attendeeUnknown: { 'zh-CN': '参会人不存在或已停用', en: 'unknown or deactivated attendee' },
} satisfies Record<string, Record<Locale, string>>;

export type BookingMessageKey = keyof typeof messages | RecurrenceError;

export function bookingFieldError(locale: Locale, path: string, key: BookingMessageKey): AppError {
  const issue: ApiIssue = { path, message: fieldMessage(path, messages[key][locale], locale) };
  return new AppError('VALIDATION_FAILED', undefined, [issue]);
}

/** Notification texts (in Chinese, the district's working language). */
export const notices = {
  invited: (title: string, when: string, room: string) => ({
    title: `会议邀请：${title}`,
    body: `${when}，${room}`,
  }),
  pending: (title: string, when: string, room: string, booker: string) => ({
    title: `待审批的会议室预订：${room}`,
    body: `${booker}预订了${when}的“${title}”`,
  }),
  approved: (title: string, when: string, room: string) => ({
    title: `会议室预订已批准：${room}`,
    body: `${when}的“${title}”已批准`,
  }),
  rejected: (title: string, when: string, room: string, reason: string) => ({
    title: `会议室预订未获批准：${room}`,
    body: `${when}的“${title}”未获批准，原因：${reason}`,
  }),
  expired: (title: string, when: string, room: string) => ({
    title: `会议室预订已过期：${room}`,
    body: `${when}的“${title}”在审批期限内未获处理，预留已释放`,
  }),
  cancelled: (title: string, when: string, room: string) => ({
    title: `会议已取消：${title}`,
    body: `${when}，${room}`,
  }),
  released: (title: string, when: string, room: string) => ({
    title: `会议室已释放：${room}`,
    body: `${when}的“${title}”未按时签到，会议室已释放`,
  }),
  services: (title: string, when: string, room: string, kinds: string) => ({
    title: `新的会务任务：${kinds}`,
    body: `${when}，${room}，“${title}”`,
  }),
};

export const serviceKindNames = {
  tea: '茶水',
  name_cards: '席卡',
  av_setup: '音响/投影',
  banner: '会标',
} as const;
