import { AppError } from '../../platform/errors';
import { fieldMessage, type Locale } from '../../platform/i18n';

/** Messages of the meeting-room checks that zod cannot make (they need the database or the calendar). */
const messages = {
  approverInactive: { 'zh-CN': '审批人不存在或已停用', en: 'no such active user' },
  unitUnknown: { 'zh-CN': '单位不存在', en: 'no such unit' },
  unitsRequired: {
    'zh-CN': '按单位限定预订范围时至少选择一个单位',
    en: 'name at least one unit when booking is limited to units',
  },
  rolesRequired: {
    'zh-CN': '按角色限定预订范围时至少选择一个角色',
    en: 'name at least one role when booking is limited to roles',
  },
  rangeReversed: { 'zh-CN': '结束不能早于开始', en: 'must not be before the start' },
  windowIncomplete: { 'zh-CN': '请同时填写开始和结束时间', en: 'give both from and to' },
  windowEmpty: { 'zh-CN': '结束时间须晚于开始时间', en: 'must be after the start time' },
  rangeTooLong: { 'zh-CN': '一次最多查询 {0} 天', en: 'the range may span at most {0} days' },
} satisfies Record<string, Record<Locale, string>>;

export type RoomMessageKey = keyof typeof messages;

/** 400 VALIDATION_FAILED naming the field, in the client's language. */
export function fieldError(path: string, key: RoomMessageKey, locale: Locale, arg = ''): AppError {
  const text = messages[key][locale].replace('{0}', arg);
  return new AppError('VALIDATION_FAILED', undefined, [{ path, message: fieldMessage(path, text, locale) }]);
}
