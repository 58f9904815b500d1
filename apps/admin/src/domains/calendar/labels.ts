import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayOf } from './grid';

type MonthKey = `m${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;
type WeekdayKey = `w${1 | 2 | 3 | 4 | 5 | 6 | 7}`;

/** Month, date and weekday words for the calendar in the current language. */
export function useCalendarLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const monthName = (month: number) =>
      t(`calendar.monthNames.m${month}` as `calendar.monthNames.${MonthKey}`);
    const weekdayName = (date: string) =>
      t(`calendar.weekdayNames.w${weekdayOf(date)}` as `calendar.weekdayNames.${WeekdayKey}`);
    const weekdayShort = (weekday: number) =>
      t(`calendar.weekdays.w${weekday}` as `calendar.weekdays.${WeekdayKey}`);
    const weekdayLong = (weekday: number) =>
      t(`calendar.weekdayNames.w${weekday}` as `calendar.weekdayNames.${WeekdayKey}`);
    const dateText = (date: string) => {
      const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
      return t('calendar.date', { year, month, day, monthName: monthName(month) });
    };
    return {
      monthName,
      monthCaption: (year: number, month: number) =>
        t('calendar.monthCaption', { year, monthName: monthName(month) }),
      weekdayName,
      weekdayShort,
      weekdayLong,
      dateText,
      /** `2026年10月1日 周四` / `Thursday, October 1, 2026` */
      dayTitle: (date: string) =>
        t('calendar.dayTitle', { date: dateText(date), weekday: weekdayName(date) }),
    };
  }, [t]);
}
