import type { AdminCalendarDay } from '@houqin/contracts';
import { theme } from 'antd';
import { type CSSProperties, type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '../../components/visually-hidden';
import { cellStyle } from './day-style';
import { type DayKind, dayKind, isEdited, monthWeeks } from './grid';
import { useCalendarLabels } from './labels';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Props {
  year: number;
  days: readonly AdminCalendarDay[];
  today: string;
  onOpen: (day: AdminCalendarDay) => void;
}

/** `date` moved by `delta` days, or null when that leaves the year. */
function shift(date: string, delta: number, year: number): string | null {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
  return next.startsWith(`${year}-`) ? next : null;
}

const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * A year as twelve month tables. Each day is a button (Enter opens it); one day is in the tab order
 * and the arrow keys move between days, so the year is one tab stop, not 365.
 */
export function YearCalendar({ year, days, today, onOpen }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useCalendarLabels();
  const byDate = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  const [focused, setFocused] = useState<string | null>(null);
  const tabStop = focused?.startsWith(`${year}-`)
    ? focused
    : today.startsWith(`${year}-`)
      ? today
      : `${year}-01-01`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const delta = moves[event.key];
    if (delta === undefined) return;
    const next = shift(date, delta, year);
    if (!next) return;
    event.preventDefault();
    setFocused(next);
    document.querySelector<HTMLButtonElement>(`button[data-date="${next}"]`)?.focus();
  };

  const kindLabel = (kind: DayKind) => t(`calendar.kinds.${kind}`);
  const label = (day: AdminCalendarDay, kind: DayKind) => {
    const parts = [
      labels.dateText(day.date),
      labels.weekdayName(day.date),
      kindLabel(kind),
      day.name ?? '',
      isEdited(day) ? t('calendar.editedMark') : '',
    ];
    return parts.filter(Boolean).join(t('calendar.labelSeparator'));
  };

  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(244px, 1fr))', gap: 16 }}
      data-testid="year-calendar"
    >
      {MONTHS.map((month) => (
        <table
          key={month}
          style={{
            borderCollapse: 'separate',
            borderSpacing: 2,
            width: '100%',
            tableLayout: 'fixed',
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
            padding: 6,
          }}
        >
          <caption
            style={{
              captionSide: 'top',
              textAlign: 'start',
              fontWeight: 600,
              fontSize: 15,
              padding: '0 0 6px 2px',
            }}
          >
            <span aria-hidden>{labels.monthName(month)}</span>
            <span style={visuallyHidden}>{labels.monthCaption(year, month)}</span>
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((w) => (
                <th
                  key={w}
                  scope="col"
                  abbr={labels.weekdayLong(w)}
                  style={{ fontWeight: 400, fontSize: 12, color: token.colorTextSecondary, padding: '2px 0' }}
                >
                  {labels.weekdayShort(w)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(year, month).map((week) => (
              <tr key={week.find(Boolean) ?? `${month}`}>
                {week.map((date, index) => {
                  const day = date ? byDate.get(date) : undefined;
                  if (!date || !day) return <td key={date ?? `empty-${index}`} />;
                  const kind = dayKind(day);
                  const edited = isEdited(day);
                  const badge =
                    kind === 'holiday'
                      ? t('calendar.badgeRest')
                      : kind === 'adjusted'
                        ? t('calendar.badgeWork')
                        : '';
                  return (
                    <td key={date} style={{ padding: 0 }}>
                      <button
                        type="button"
                        data-date={date}
                        tabIndex={date === tabStop ? 0 : -1}
                        title={day.name ?? undefined}
                        onClick={() => {
                          setFocused(date);
                          onOpen(day);
                        }}
                        onKeyDown={(event) => onKeyDown(event, date)}
                        onFocus={() => setFocused(date)}
                        style={cellStyle(kind, edited, date === today, token.colorPrimary)}
                      >
                        {Number(date.slice(8))}
                        {badge ? <span style={badgeStyle}>{badge}</span> : null}
                        <span
                          style={visuallyHidden}
                        >{`${t('calendar.labelSeparator')}${label(day, kind)}`}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

const badgeStyle: CSSProperties = {
  position: 'absolute',
  top: -1,
  insetInlineEnd: 0,
  fontSize: 10,
  lineHeight: '12px',
  fontWeight: 600,
};
