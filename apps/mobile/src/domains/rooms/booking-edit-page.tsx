import type { Booking, ChangeScope } from '@houqin/contracts';
import { Button, Form, Input, TextArea } from 'antd-mobile';
import { EditSOutline } from 'antd-mobile-icons';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { splitApiError } from '../../lib/api-error';
import { formatTimeRange } from '../../lib/format';
import { ApiError } from '../../lib/http';
import { i18n } from '../../lib/i18n';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { FormAlert } from '../../ui/form-alert';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { RadioList } from '../../ui/radio-list';
import { SkeletonList } from '../../ui/skeleton-list';
import { AttendeePicker } from './attendee-picker';
import {
  doneServiceKinds,
  type EditFormValues,
  type EditLocationState,
  editFieldOf,
  editInitialValues,
  mayEditBooking,
  toUpdateInput,
} from './booking-edit';
import { type BookingProblems, bookingProblems } from './booking-problems';
import { BookingProblemsView } from './booking-problems-view';
import { BookingTimeFields } from './booking-time-fields';
import { bookingPath } from './paths';
import { useBooking, useRoom, useUpdateBooking } from './queries';
import { ruleText } from './rule-text';
import { ServicesField } from './services-field';
import './rooms.css';

/**
 * 修改会议: title, time, attendees, external count, notes and services of this meeting, the following
 * or the series.
 */
export function BookingEditPage() {
  const { t } = useTranslation();
  const { bookingId = '' } = useParams();
  const booking = useBooking(bookingId);

  let content: ReactNode;
  if (booking.isPending) content = <SkeletonList rows={8} />;
  else if (booking.isError)
    content = <ErrorState error={booking.error} onRetry={() => void booking.refetch()} />;
  else if (!mayEditBooking(booking.data, new Date()))
    content = (
      <EmptyState
        icon={<EditSOutline />}
        title={t('roomsEdit.notEditable')}
        action={
          <Link to={bookingPath(bookingId)} className="primary-link-button">
            {t('roomsEdit.backToDetail')}
          </Link>
        }
      />
    );
  else content = <EditForm booking={booking.data} />;

  return (
    <Page title={t('roomsEdit.title')} backTo={bookingPath(bookingId)}>
      {content}
    </Page>
  );
}

function EditForm({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<EditFormValues>();
  const [scope, setScope] = useState<ChangeScope>('this');
  const [formError, setFormError] = useState<string | null>(null);
  const [problems, setProblems] = useState<BookingProblems | null>(null);
  const update = useUpdateBooking(booking.id);
  const room = useRoom(booking.room.id);
  // the server puts a moved meeting of an approval room back to pending unless its approver moves it
  const movesNeedApproval = room.data?.requiresApproval === true && !booking.mayApprove;
  const inSeries = booking.seriesId !== null;
  const wholeDays = inSeries && scope !== 'this';

  const showError = (err: unknown) => {
    const found = bookingProblems(err);
    if (found) {
      setProblems(found);
      return;
    }
    const paths = err instanceof ApiError ? err.issues.map((i) => i.path.replace(/^body\./, '')) : [];
    const split = splitApiError(
      err,
      paths.filter((path) => editFieldOf(path) !== undefined),
    );
    const byField = new Map<string, string[]>();
    for (const f of split.fields) {
      const name = editFieldOf(f.name) as string;
      byField.set(name, [...(byField.get(name) ?? []), ...f.errors]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    setFormError(split.form);
  };

  const onFinish = (values: EditFormValues) => {
    setFormError(null);
    setProblems(null);
    const input = toUpdateInput(booking, values, scope);
    if (!input) {
      setFormError(t('roomsEdit.nothingChanged'));
      return;
    }
    update.mutate(input, {
      onSuccess: (result) => {
        const count = result.changed.length;
        const reapproval =
          booking.status === 'confirmed' && result.changed.some((o) => o.status === 'pending');
        showNotice(i18n.t(reapproval ? 'roomsEdit.savedPending' : 'roomsEdit.saved', { count }), {
          durationMs: 4000,
        });
        if ((location.state as EditLocationState | null)?.fromDetail) void navigate(-1);
        else void navigate(bookingPath(booking.id), { replace: true });
      },
      onError: showError,
    });
  };

  return (
    <>
      <section className="card-section booking-summary edit-current" aria-labelledby="edit-current-title">
        <h2 id="edit-current-title" className="booking-summary-title">
          {booking.title}
        </h2>
        <p className="edit-current-line">
          {formatTimeRange(booking.startsAt, booking.endsAt)}
          {' · '}
          {booking.room.name}（{booking.room.building} {booking.room.floor}）
        </p>
        {booking.rrule && <p className="edit-current-line">{ruleText(booking.rrule)}</p>}
      </section>
      {inSeries && (
        <RadioList<ChangeScope>
          name="edit-scope"
          legend={t('roomsEdit.scope')}
          value={scope}
          options={(['this', 'following', 'series'] as const).map((value) => ({
            value,
            label: t(`roomsScope.${value}`),
          }))}
          onChange={setScope}
          disabled={update.isPending}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={editInitialValues(booking)}
        onFinish={onFinish}
        footer={
          <>
            {problems && <BookingProblemsView problems={problems} />}
            <FormAlert message={formError} />
            {movesNeedApproval && <p className="form-note">{t('roomsEdit.moveNeedsApproval')}</p>}
            <Button block type="submit" color="primary" size="large" loading={update.isPending}>
              {t('roomsEdit.save')}
            </Button>
          </>
        }
      >
        <Form.Item
          name="title"
          label={t('roomsForm.title')}
          rules={[{ required: true, whitespace: true, message: t('roomsForm.titleRequired') }]}
        >
          <Input maxLength={100} placeholder={t('roomsForm.titlePlaceholder')} />
        </Form.Item>
        <BookingTimeFields withDate={!wholeDays} />
        {wholeDays && (
          <p className="form-note edit-series-note" role="note">
            {t('roomsEdit.seriesTime', { scope: t(`roomsScope.${scope}`) })}
          </p>
        )}
        <Form.Item name="attendees" label={t('roomsForm.attendees')}>
          <AttendeePicker id="attendees" />
        </Form.Item>
        <Form.Item name="externalCount" label={t('roomsForm.externalCount')}>
          <Input type="number" inputMode="numeric" min={0} max={2000} placeholder="0" />
        </Form.Item>
        <Form.Item name="notes" label={t('roomsForm.notes')}>
          <TextArea
            maxLength={1000}
            rows={2}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('roomsForm.notesPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="services">
          <ServicesField done={doneServiceKinds(booking)} />
        </Form.Item>
      </Form>
    </>
  );
}
