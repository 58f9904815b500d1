import type { Availability } from '@houqin/contracts';
import { CalendarOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { minutesToTime, shanghaiIso, timeToMinutes } from '../../lib/zoned';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SegmentTabs } from '../../ui/segment-tabs';
import { SkeletonList } from '../../ui/skeleton-list';
import { type FinderState, isValidWindow, readFinderState, writeFinderState } from './finder-params';
import { bookPath, MY_BOOKINGS_PATH, roomPath } from './paths';
import { useAvailability } from './queries';
import { RoomCard } from './room-card';
import { RoomFinderForm } from './room-finder-form';
import { shortBuildingNames } from './room-names';
import { RoomShortcuts } from './room-shortcuts';
import { RoomTimeline, TimelineLegend } from './room-timeline';
import { timelineRow, timelineWindow } from './timeline';
import './rooms.css';

/** 会议室: find a room for a time and a group, as a list of rooms that fit or a day's timeline. */
export function RoomsHomePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = readFinderState(params, new Date());
  const validWindow = isValidWindow(state.from, state.to);

  const onChange = (patch: Partial<FinderState>) =>
    setParams(writeFinderState({ ...state, ...patch }), { replace: true });

  return (
    <Page title={t('roomsHome.title')} backTo="/">
      <RoomShortcuts />
      <section className="card-section">
        <RoomFinderForm
          state={state}
          onChange={onChange}
          windowError={validWindow ? null : t('roomsFind.windowInvalid')}
        />
      </section>
      <section className="card-section" aria-labelledby="rooms-results">
        <h2 id="rooms-results" className="visually-hidden">
          {t('roomsHome.results')}
        </h2>
        <SegmentTabs
          label={t('roomsHome.view')}
          value={state.view}
          controls="rooms-results-panel"
          options={[
            { value: 'list', label: t('roomsHome.viewList') },
            { value: 'timeline', label: t('roomsHome.viewTimeline') },
          ]}
          onChange={(view) => onChange({ view })}
        />
        <div id="rooms-results-panel" role="tabpanel">
          {state.view === 'list' ? (
            validWindow ? (
              <FreeRooms state={state} />
            ) : null
          ) : (
            <DayTimeline state={state} />
          )}
        </div>
      </section>
      <div className="page-actions">
        <Link to={MY_BOOKINGS_PATH} className="link-button link-button-block">
          <CalendarOutline aria-hidden="true" />
          {t('roomsHome.myBookings')}
        </Link>
      </div>
    </Page>
  );
}

function filterOf(state: FinderState, withWindow: boolean) {
  return {
    date: state.date,
    ...(withWindow ? { from: state.from, to: state.to } : {}),
    minCapacity: state.people > 0 ? state.people : undefined,
    equipment: state.equipment,
  };
}

function Loaded({
  query,
  children,
}: {
  query: ReturnType<typeof useAvailability>;
  children: (data: Availability) => ReactNode;
}) {
  if (query.isPending) return <SkeletonList rows={6} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

function FreeRooms({ state }: { state: FinderState }) {
  const { t } = useTranslation();
  const query = useAvailability(filterOf(state, true));
  return (
    <Loaded query={query}>
      {(data) =>
        data.rooms.length === 0 ? (
          <EmptyState
            icon={<CalendarOutline />}
            title={t('roomsFind.emptyTitle')}
            description={t('roomsFind.emptyDescription')}
          />
        ) : (
          <>
            <p className="list-summary" role="status">
              {t('roomsFind.count', { count: data.rooms.length })}
            </p>
            <ul className="room-list">
              {data.rooms.map(({ room }) => (
                <RoomCard
                  key={room.id}
                  room={room}
                  bookTo={
                    room.mayBook
                      ? bookPath(
                          room.id,
                          shanghaiIso(state.date, state.from),
                          shanghaiIso(state.date, state.to),
                        )
                      : null
                  }
                />
              ))}
            </ul>
          </>
        )
      }
    </Loaded>
  );
}

function DayTimeline({ state }: { state: FinderState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useAvailability(filterOf(state, false));
  const now = new Date();
  return (
    <Loaded query={query}>
      {(data) => {
        if (data.rooms.length === 0) {
          return <EmptyState icon={<CalendarOutline />} title={t('roomsFind.emptyTimeline')} />;
        }
        const window = timelineWindow(data.rooms.map((r) => r.day));
        const buildings = shortBuildingNames(data.rooms.map((r) => r.room.building));
        return (
          <>
            <TimelineLegend />
            <RoomTimeline
              label={t('roomsTimeline.label', { date: state.date })}
              window={window}
              focus={timeToMinutes(state.from)}
              entries={data.rooms.map(({ room, day }) => ({
                key: room.id,
                // the same name can be in two buildings (第2会议室 in A座 and B座)
                name: t('roomsRoom.nameAt', {
                  room: room.name,
                  building: room.building,
                  number: room.number,
                }),
                label: (
                  <Link to={roomPath(room.id)} className="timeline-room">
                    <span className="timeline-room-name">{room.name}</span>
                    <span className="timeline-room-meta timeline-room-place">
                      {t('roomsTimeline.place', {
                        building: buildings.get(room.building) ?? room.building,
                        number: room.number,
                      })}
                    </span>
                    <span className="timeline-room-meta">
                      {t('roomsRoom.capacity', { count: room.capacity })}
                    </span>
                  </Link>
                ),
                row: timelineRow(day, window, now),
                onBook: room.mayBook
                  ? (cell) =>
                      void navigate(
                        bookPath(
                          room.id,
                          shanghaiIso(state.date, minutesToTime(cell.start)),
                          shanghaiIso(state.date, minutesToTime(cell.end)),
                        ),
                      )
                  : undefined,
              }))}
            />
          </>
        );
      }}
    </Loaded>
  );
}
