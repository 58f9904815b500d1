import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesToTime } from '../../lib/zoned';
import {
  CELL_MINUTES,
  type TimelineBlock,
  type TimelineCell,
  type TimelineRow,
  type TimeWindow,
} from './timeline';

/** Width of one 30-minute cell: a thumb-sized target. */
const CELL_PX = 48;

export interface TimelineEntry {
  key: string;
  /** the row's name (room or day), shown in the sticky first column */
  label: ReactNode;
  /** said when a free cell is announced, e.g. the room's name or the day */
  name: string;
  row: TimelineRow;
  /** a free cell was tapped */
  onBook?: (cell: TimelineCell) => void;
}

interface RoomTimelineProps {
  label: string;
  window: TimeWindow;
  entries: readonly TimelineEntry[];
  /** minutes after midnight to bring into view first (the searched start) */
  focus?: number;
}

const px = (minutes: number, window: TimeWindow) => ((minutes - window.from) / CELL_MINUTES) * CELL_PX;

/**
 * Rooms (or days) × hours: free 30-minute cells are buttons that open the booking form; bookings and
 * closures are drawn over the cells they take. Scrolls sideways; the names stay in view.
 */
export function RoomTimeline({ label, window, entries, focus }: RoomTimelineProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const windowFrom = window.from;
  useEffect(() => {
    // the hour before the searched start at the left edge, next to the names
    const left = ((focus ?? windowFrom) - 60 - windowFrom) / CELL_MINUTES;
    if (ref.current && focus !== undefined) ref.current.scrollLeft = Math.max(0, left * CELL_PX);
  }, [focus, windowFrom]);
  const width = px(window.to, window);
  const hours: number[] = [];
  for (let m = Math.ceil(window.from / 60) * 60; m < window.to; m += 60) hours.push(m);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section ref={ref} className="timeline" aria-label={label} tabIndex={0}>
      <div className="timeline-grid" style={{ width: width + 96 }}>
        <div className="timeline-hours" aria-hidden="true">
          <span className="timeline-label" />
          <span className="timeline-track" style={{ width }}>
            {hours.map((m) => (
              <span key={m} className="timeline-hour" style={{ left: px(m, window) }}>
                {minutesToTime(m)}
              </span>
            ))}
          </span>
        </div>
        {entries.map((entry) => (
          <div key={entry.key} className="timeline-row">
            <div className="timeline-label">{entry.label}</div>
            <div className="timeline-track" style={{ width }}>
              {entry.row.cells.map((cell) =>
                cell.state === 'free' && entry.onBook ? (
                  <button
                    key={cell.start}
                    type="button"
                    className="timeline-cell is-free"
                    style={{ left: px(cell.start, window), width: CELL_PX }}
                    aria-label={t('roomsTimeline.freeCell', {
                      name: entry.name,
                      time: `${minutesToTime(cell.start)}–${minutesToTime(cell.end)}`,
                    })}
                    onClick={() => entry.onBook?.(cell)}
                  />
                ) : (
                  <span
                    key={cell.start}
                    className={`timeline-cell is-${cell.state}`}
                    style={{ left: px(cell.start, window), width: CELL_PX }}
                  />
                ),
              )}
              {entry.row.blocks.map((block) => (
                <Block key={`${block.kind}-${block.start}`} block={block} window={window} />
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

function Block({ block, window }: { block: TimelineBlock; window: TimeWindow }) {
  const { t } = useTranslation();
  const time = `${minutesToTime(block.start)}–${minutesToTime(block.end)}`;
  const style = { left: px(block.start, window), width: px(block.end, window) - px(block.start, window) };
  if (block.kind === 'closure') {
    return (
      <span className="timeline-block is-closure" style={style}>
        <span className="visually-hidden">{time} </span>
        {t('roomsTimeline.closed')}
        {block.reason ? ` · ${block.reason}` : ''}
      </span>
    );
  }
  const busy = block.busy;
  if (!busy) return null;
  const pending = busy.status === 'pending';
  return (
    <span
      className={`timeline-block ${pending ? 'is-pending' : 'is-busy'}${busy.mine ? ' is-mine' : ''}`}
      style={style}
    >
      <span className="visually-hidden">{time} </span>
      {pending && <span className="timeline-block-status">{t('roomsStatus.pending')} </span>}
      <span className="timeline-block-unit">{busy.unitName}</span>
      {busy.title && <span className="timeline-block-title">{busy.title}</span>}
    </span>
  );
}

/** What the colours of the timeline mean. */
export function TimelineLegend() {
  const { t } = useTranslation();
  const items = [
    ['is-free', t('roomsTimeline.legendFree')],
    ['is-busy', t('roomsTimeline.legendBusy')],
    ['is-pending', t('roomsTimeline.legendPending')],
    ['is-unavailable', t('roomsTimeline.legendUnavailable')],
  ] as const;
  return (
    <ul className="timeline-legend">
      {items.map(([cls, text]) => (
        <li key={cls}>
          <span className={`timeline-swatch ${cls}`} aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}
