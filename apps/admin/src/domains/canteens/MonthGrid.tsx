import type { CanteenDay } from '@houqin/contracts';
import { theme } from 'antd';
import { type CSSProperties, type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '../../components/visually-hidden';
import { monthWeeks } from '../calendar/grid';
import { useCalendarLabels } from '../calendar/labels';
import { addDays } from './dates';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** Open green, closed grey; the 开/休 word carries the meaning too (AA on both tints). */
const dayStyle = (open: boolean, today: boolean, primary: string): CSSProperties => ({
  width: '100%',
  height: 64,
  padding: '4px 6px',
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: 2,
  textAlign: 'start',
  color: open ? '#135200' : 'rgba(0, 0, 0, 0.65)',
  background: open ? '#f6ffed' : '#f0f0f0',
  border: `1px solid ${open ? '#b7eb8f' : '#d9d9d9'}`,
  borderRadius: 4,
  boxShadow: today ? `inset 0 0 0 2px ${primary}` : undefined,
  cursor: 'pointer',
  fontSize: 13,
  overflow: 'hidden',
});

interface Props {
  year: number;
  month: number;
  days: readonly CanteenDay[];
  today: string;
  onOpen: (day: CanteenDay) => void;
}

/**
 * One month of a canteen's days, Monday first. Each day is a button (Enter opens it); one day is in
 * the tab order and the arrow keys move between days, as on the workday calendar.
 */
export function MonthGrid({ year, month, days, today, onOpen }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useCalendarLabels();
  const byDate = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = focused?.startsWith(prefix) ? focused : today.startsWith(prefix) ? today : `${prefix}01`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const delta = moves[event.key];
    if (delta === undefined) return;
    const next = addDays(date, delta);
    if (!next.startsWith(prefix)) return;
    event.preventDefault();
    setFocused(next);
    document.querySelector<HTMLButtonElement>(`button[data-canteen-date="${next}"]`)?.focus();
  };

  return (
    <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 4 }}>
      <caption style={visuallyHidden}>{labels.monthCaption(year, month)}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((w) => (
            <th
              key={w}
              scope="col"
              abbr={labels.weekdayLong(w)}
              style={{ fontWeight: 400, fontSize: 12, color: token.colorTextSecondary }}
            >
              {labels.weekdayShort(w)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week) => (
          <tr key={week.find(Boolean) ?? 'empty'}>
            {week.map((date, index) => {
              const day = date ? byDate.get(date) : undefined;
              if (!date || !day) return <td key={date ?? `empty-${index}`} />;
              const state = day.open ? t('canteens.days.open') : t('canteens.days.closed');
              return (
                <td key={date} style={{ padding: 0 }}>
                  <button
                    type="button"
                    data-canteen-date={date}
                    tabIndex={date === tabStop ? 0 : -1}
                    title={day.reason}
                    onClick={() => {
                      setFocused(date);
                      onOpen(day);
                    }}
                    onKeyDown={(event) => onKeyDown(event, date)}
                    onFocus={() => setFocused(date)}
                    style={dayStyle(day.open, date === today, token.colorPrimary)}
                  >
                    <span style={{ display: 'flex', width: '100%', justifyContent: 'space-between' }}>
                      <span style={{ fontWeight: 600 }}>{Number(date.slice(8))}</span>
                      <span aria-hidden style={{ fontSize: 12 }}>
                        {day.override ? `${state} ${t('canteens.days.overrideMark')}` : state}
                      </span>
                    </span>
                    <span
                      aria-hidden
                      style={{
                        fontSize: 12,
                        width: '100%',
                        whiteSpace: 'nowrap',
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                      }}
                    >
                      {day.reason ?? ''}
                    </span>
                    <span style={visuallyHidden}>
                      {[
                        labels.dayTitle(date),
                        state,
                        day.override ? t('canteens.days.overridden') : '',
                        day.reason,
                      ]
                        .filter(Boolean)
                        .join(t('calendar.labelSeparator'))}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
