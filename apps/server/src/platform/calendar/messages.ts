import type { Locale } from '../i18n';

/** Messages of the calendar's own checks (range limits, import lines), in the client's language. */
const messages = {
  rangeReversed: { 'zh-CN': '结束日期不能早于开始日期', en: 'must not be before "from"' },
  rangeTooLong: {
    'zh-CN': '一次最多查询 {0} 天',
    en: 'the range may span at most {0} days',
  },
  lineFormat: {
    'zh-CN': '格式应为“日期,休或班,名称”，例如 2027-10-01,休,国庆节',
    en: 'expected "date,休 or 班,name", e.g. 2027-10-01,休,国庆节',
  },
  lineDate: { 'zh-CN': '日期无效：{0}（应为 YYYY-MM-DD）', en: 'invalid date: {0} (expected YYYY-MM-DD)' },
  lineYear: { 'zh-CN': '年份须在 2000–2100 之间', en: 'the year must be between 2000 and 2100' },
  lineKind: {
    'zh-CN': '第二项应为“休”或“班”，实际为“{0}”',
    en: 'the second item must be 休 or 班, got "{0}"',
  },
  lineName: { 'zh-CN': '名称不能超过 50 个字符', en: 'the name must be at most 50 characters' },
  lineDuplicate: { 'zh-CN': '与第 {0} 行日期重复', en: 'same date as line {0}' },
  noLines: { 'zh-CN': '没有可导入的行', en: 'there is no line to import' },
  tooManyLines: { 'zh-CN': '一次最多导入 {0} 行', en: 'at most {0} lines per import' },
} satisfies Record<string, Record<Locale, string>>;

export type CalendarMessageKey = keyof typeof messages;

export function calendarMessage(locale: Locale, key: CalendarMessageKey, arg = ''): string {
  return messages[key][locale].replace('{0}', arg);
}
