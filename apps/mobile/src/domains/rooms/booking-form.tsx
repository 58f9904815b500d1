import type { CreateBookingResult, MeetingRoom, Slot } from '@houqin/contracts';
import { Button, Form, Input, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitApiError } from '../../lib/api-error';
import { isDate } from '../../lib/zoned';
import { FormAlert } from '../../ui/form-alert';
import { AttendeePicker } from './attendee-picker';
import { type BookingFormValues, FORM_FIELD_OF_API_FIELD, toBookingInput } from './booking-input';
import { type BookingProblems, bookingProblems } from './booking-problems';
import { BookingProblemsView } from './booking-problems-view';
import { BookingTimeFields } from './booking-time-fields';
import { PreviewSheet } from './preview-sheet';
import { useCreateBooking, usePreviewBooking } from './queries';
import { RecurrenceField } from './recurrence-field';
import { ServicesField } from './services-field';

interface BookingFormProps {
  room: MeetingRoom;
  initialValues: BookingFormValues;
  onBooked: (result: CreateBookingResult) => void;
}

/**
 * 预订: title, time, attendees, services, recurrence. A series is previewed first (every meeting with its
 * status) and can leave out the ones that cannot be booked. What the API refuses is shown where it
 * belongs; nothing typed is lost.
 */
export function BookingForm({ room, initialValues, onBooked }: BookingFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BookingFormValues>();
  const date = Form.useWatch('date', form) ?? initialValues.date;
  const [formError, setFormError] = useState<string | null>(null);
  const [problems, setProblems] = useState<BookingProblems | null>(null);
  const [preview, setPreview] = useState<{ values: BookingFormValues; slots: Slot[] } | null>(null);
  const [skipConflicts, setSkipConflicts] = useState(false);
  const previewMutation = usePreviewBooking();
  const create = useCreateBooking();

  const showError = (err: unknown) => {
    const found = bookingProblems(err);
    if (found) {
      setProblems(found);
      setFormError(null);
      return;
    }
    const split = splitApiError(err, Object.keys(FORM_FIELD_OF_API_FIELD));
    form.setFields(
      split.fields.map((f) => ({ name: FORM_FIELD_OF_API_FIELD[f.name] as string, errors: f.errors })),
    );
    setFormError(split.form);
  };

  const book = (values: BookingFormValues, skip: boolean) =>
    create.mutate(toBookingInput(room.id, values, skip), {
      onSuccess: (result) => {
        setPreview(null);
        onBooked(result);
      },
      onError: (err) => {
        setPreview(null);
        showError(err);
      },
    });

  const onFinish = (values: BookingFormValues) => {
    setFormError(null);
    setProblems(null);
    const input = toBookingInput(room.id, values, false);
    if (!input.rrule) {
      book(values, false);
      return;
    }
    previewMutation.mutate(input, {
      onSuccess: (result) => {
        setSkipConflicts(false);
        setPreview({ values, slots: result.occurrences });
      },
      onError: showError,
    });
  };

  const series = Form.useWatch('recurrence', form)?.frequency;
  const isSeries = series !== undefined && series !== 'none';

  return (
    <>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={initialValues}
        onFinish={onFinish}
        footer={
          <>
            {problems && <BookingProblemsView problems={problems} />}
            <FormAlert message={formError} />
            {room.requiresApproval && <p className="form-note">{t('roomsForm.needsApproval')}</p>}
            <Button
              block
              type="submit"
              color="primary"
              size="large"
              loading={create.isPending || previewMutation.isPending}
            >
              {isSeries ? t('roomsForm.checkSeries') : t('roomsForm.submit')}
            </Button>
          </>
        }
      >
        <Form.Item
          name="title"
          label={t('roomsForm.title')}
          rules={[{ required: true, whitespace: true, message: t('roomsForm.titleRequired') }]}
        >
          {/* not clearable: antd-mobile's clear control is an unfocusable div with a prohibited aria-label */}
          <Input maxLength={100} placeholder={t('roomsForm.titlePlaceholder')} />
        </Form.Item>
        <BookingTimeFields />
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
          <ServicesField />
        </Form.Item>
        <Form.Item
          name="recurrence"
          rules={[
            {
              validator: async (_rule, value: BookingFormValues['recurrence']) => {
                if (value?.frequency !== 'none' && value?.end === 'until') {
                  if (!isDate(value.until)) throw new Error(t('roomsForm.untilRequired'));
                  if (isDate(date) && value.until < date) throw new Error(t('roomsForm.untilAfterStart'));
                }
              },
            },
          ]}
        >
          <RecurrenceField startDate={date} />
        </Form.Item>
      </Form>
      <PreviewSheet
        slots={preview?.slots ?? null}
        skipConflicts={skipConflicts}
        onSkipConflicts={setSkipConflicts}
        confirming={create.isPending}
        onConfirm={() => preview && book(preview.values, skipConflicts)}
        onClose={() => setPreview(null)}
      />
    </>
  );
}
