import type { MeetingRoom, RoomDay } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { LeftOutline, RightOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../lib/format';
import { addDays, minutesToTime, shanghaiDate, shanghaiIso, weekOf } from '../../lib/zoned';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SegmentTabs } from '../../ui/segment-tabs';
import { SkeletonList } from '../../ui/skeleton-list';
import { bookPath, ROOMS_PATH } from './paths';
import { useRoom, useRoomSchedule } from './queries';
import { RoomBadges } from './room-badges';
import { RoomPhotos } from './room-photos';
import { RoomRules } from './room-rules';
import { RoomTimeline, TimelineLegend } from './room-timeline';
import { timelineRow, timelineWindow } from './timeline';
import './rooms.css';

/** A room: photos, details and rules, and its bookings by day or week; tap a free cell to book. */
export function RoomPage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const room = useRoom(roomId);

  let content: React.ReactNode;
  if (room.isPending) content = <SkeletonList rows={8} />;
  else if (room.isError) content = <ErrorState error={room.error} onRetry={() => void room.refetch()} />;
  else content = <RoomContent room={room.data} />;

  return (
    <Page title={room.data?.name ?? t('roomsRoom.title')} backTo={ROOMS_PATH}>
      {content}
    </Page>
  );
}

function RoomContent({ room }: { room: MeetingRoom }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="card-section" aria-labelledby="room-details">
        <h2 id="room-details" className="list-header">
          {t('roomsRoom.details')}
        </h2>
        <p className="room-badges-line">
          <RoomBadges room={room} />
        </p>
        <RoomPhotos room={room} />
        <RoomRules room={room} />
      </section>
      <RoomSchedule room={room} />
      {room.mayBook ? (
        <div className="page-actions sticky-actions">
          <Link to={bookPath(room.id)} className="primary-link-button">
            {t('roomsRoom.book')}
          </Link>
        </div>
      ) : (
        <p className="notice">{t('roomsRoom.notAllowed')}</p>
      )}
    </>
  );
}

function RoomSchedule({ room }: { room: MeetingRoom }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [view, setView] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState(() => shanghaiDate(new Date()));
  const week = weekOf(date);
  const from = view === 'day' ? date : (week[0] as string);
  const to = view === 'day' ? date : (week[6] as string);
  const schedule = useRoomSchedule(room.id, from, to);
  const step = view === 'day' ? 1 : 7;
  const now = new Date();

  const entries = (days: RoomDay[]) => {
    const window = timelineWindow(days);
    return {
      window,
      entries: days.map((day) => ({
        key: day.date,
        name: formatDate(`${day.date}T12:00:00+08:00`),
        label: <span className="timeline-room-name">{formatDate(`${day.date}T12:00:00+08:00`)}</span>,
        row: timelineRow(day, window, now),
        onBook: room.mayBook
          ? (cell: { start: number; end: number }) =>
              void navigate(
                bookPath(
                  room.id,
                  shanghaiIso(day.date, minutesToTime(cell.start)),
                  shanghaiIso(day.date, minutesToTime(cell.end)),
                ),
              )
          : undefined,
      })),
    };
  };

  return (
    <section className="card-section" aria-labelledby="room-schedule">
      <h2 id="room-schedule" className="list-header">
        {t('roomsRoom.schedule')}
      </h2>
      <SegmentTabs
        label={t('roomsRoom.schedule')}
        value={view}
        controls="room-schedule-panel"
        options={[
          { value: 'day', label: t('roomsRoom.day') },
          { value: 'week', label: t('roomsRoom.week') },
        ]}
        onChange={setView}
      />
      <div id="room-schedule-panel" role="tabpanel">
        <div className="date-stepper">
          <Button
            fill="none"
            aria-label={view === 'day' ? t('roomsRoom.previousDay') : t('roomsRoom.previousWeek')}
            onClick={() => setDate(addDays(date, -step))}
          >
            <LeftOutline aria-hidden="true" />
          </Button>
          <p className="date-stepper-label" aria-live="polite">
            {view === 'day'
              ? formatDate(`${date}T12:00:00+08:00`)
              : `${formatDate(`${from}T12:00:00+08:00`)} – ${formatDate(`${to}T12:00:00+08:00`)}`}
          </p>
          <Button
            fill="none"
            aria-label={view === 'day' ? t('roomsRoom.nextDay') : t('roomsRoom.nextWeek')}
            onClick={() => setDate(addDays(date, step))}
          >
            <RightOutline aria-hidden="true" />
          </Button>
        </div>
        {schedule.isPending ? (
          <SkeletonList rows={3} />
        ) : schedule.isError ? (
          <ErrorState error={schedule.error} onRetry={() => void schedule.refetch()} />
        ) : (
          <>
            <TimelineLegend />
            <RoomTimeline label={t('roomsRoom.schedule')} {...entries(schedule.data.days)} />
          </>
        )}
      </div>
    </section>
  );
}
