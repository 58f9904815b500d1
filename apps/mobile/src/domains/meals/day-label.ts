import { TIME_ZONE } from '../../lib/format';
import type { Language } from '../../lib/language';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * 11月27日 周五 / Fri, Nov 27 for a 'YYYY-MM-DD' date: always with the weekday, where formatDate says
 * 今天. Noon in Shanghai of a civil date is that date there, whatever the device's zone.
 */
export function dayLabel(date: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'zh-CN', {
      timeZone: TIME_ZONE,
      month: language === 'en' ? 'short' : 'numeric',
      day: 'numeric',
      weekday: 'short',
    });
    formatters.set(language, formatter);
  }
  const parts = formatter.formatToParts(new Date(`${date}T12:00:00+08:00`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return language === 'en'
    ? `${get('weekday')}, ${get('month')} ${get('day')}`
    : `${get('month')}月${get('day')}日 ${get('weekday')}`;
}
