import { Form } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { isDate, isTime, timeToMinutes } from '../../lib/zoned';
import { DateInput, TimeInput } from '../../ui/date-time-inputs';

const onGrid = (time: string) => isTime(time) && timeToMinutes(time) % 5 === 0;

interface BookingTimeFieldsProps {
  /** false: only the start and end times (a series keeps each meeting's own date) */
  withDate?: boolean;
}

/**
 * The date, start and end of a meeting (Form.Items named date, start, end): native pickers on a
 * 5-minute grid, the end after the start. Used by the booking form and the edit form.
 */
export function BookingTimeFields({ withDate = true }: BookingTimeFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {withDate && (
        <Form.Item
          name="date"
          label={t('roomsForm.date')}
          rules={[
            { required: true, message: t('roomsForm.dateRequired') },
            {
              validator: async (_r, v: string) => {
                if (v && !isDate(v)) throw new Error(t('roomsForm.dateRequired'));
              },
            },
          ]}
        >
          <DateInput id="date" required />
        </Form.Item>
      )}
      <div className="form-time-row">
        <Form.Item
          name="start"
          label={t('roomsForm.start')}
          rules={[
            {
              validator: async (_rule, value: string) => {
                if (!onGrid(value)) throw new Error(t('roomsForm.timeGrid'));
              },
            },
          ]}
        >
          <TimeInput id="start" required />
        </Form.Item>
        <Form.Item
          name="end"
          label={t('roomsForm.end')}
          dependencies={['start']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string) => {
                if (!onGrid(value)) throw new Error(t('roomsForm.timeGrid'));
                const start = getFieldValue('start') as string;
                if (onGrid(start) && timeToMinutes(value) <= timeToMinutes(start)) {
                  throw new Error(t('roomsForm.endAfterStart'));
                }
              },
            }),
          ]}
        >
          <TimeInput id="end" required />
        </Form.Item>
      </div>
    </>
  );
}
