import type { CreateBookingResult } from '@houqin/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { i18n } from '../../lib/i18n';
import { shanghaiDate, shanghaiTime } from '../../lib/zoned';
import { ErrorState } from '../../ui/error-state';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { BookingForm } from './booking-form';
import type { BookingFormValues } from './booking-input';
import { defaultFinderState } from './finder-params';
import { bookingPath, roomPath } from './paths';
import { useRoom } from './queries';
import { noRecurrence } from './rrule';
import './rooms.css';

/** The form's first values: the times from the address (a tapped cell, a found room), else the next hour. */
function initialValues(params: URLSearchParams, now: Date): BookingFormValues {
  const start = params.get('start');
  const end = params.get('end');
  const fallback = defaultFinderState(now);
  const valid = start && end && !Number.isNaN(Date.parse(start)) && !Number.isNaN(Date.parse(end));
  const sameDay = valid && shanghaiDate(start) === shanghaiDate(end);
  return {
    title: '',
    date: valid ? shanghaiDate(start) : fallback.date,
    start: valid ? shanghaiTime(start) : fallback.from,
    end: valid ? (sameDay ? shanghaiTime(end) : '23:55') : fallback.to,
    attendees: [],
    externalCount: '',
    notes: '',
    services: [],
    recurrence: { ...noRecurrence, skipNonWorkdays: true },
  };
}

export function BookingFormPage() {
  const { t } = useTranslation();
  const { roomId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const room = useRoom(roomId);

  const onBooked = (result: CreateBookingResult) => {
    const key = result.status === 'pending' ? 'roomsForm.bookedPending' : 'roomsForm.booked';
    const skipped =
      result.skipped.length > 0 ? i18n.t('roomsForm.skipped', { count: result.skipped.length }) : '';
    showNotice(`${i18n.t(key, { count: result.occurrences.length })}${skipped}`, { durationMs: 4000 });
    void navigate(bookingPath(result.id), { replace: true });
  };

  let content: ReactNode;
  if (room.isPending) content = <SkeletonList rows={8} />;
  else if (room.isError) content = <ErrorState error={room.error} onRetry={() => void room.refetch()} />;
  else
    content = (
      <>
        <p className="page-lead">
          {t('roomsRoom.place', {
            building: room.data.building,
            floor: room.data.floor,
            number: room.data.number,
          })}
          {' · '}
          {t('roomsRoom.capacity', { count: room.data.capacity })}
        </p>
        <BookingForm room={room.data} initialValues={initialValues(params, new Date())} onBooked={onBooked} />
      </>
    );

  return (
    <Page
      title={t('roomsForm.pageTitle')}
      heading={room.data ? t('roomsForm.heading', { room: room.data.name }) : t('roomsForm.pageTitle')}
      backTo={roomPath(roomId)}
    >
      {content}
    </Page>
  );
}
