import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from '../lib/i18n';

/** Date pickers take month and weekday names from dayjs. */
export function syncDayjsLocale(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}
