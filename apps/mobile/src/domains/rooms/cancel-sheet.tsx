import type { Booking, ChangeScope } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { i18n } from '../../lib/i18n';
import { FormAlert } from '../../ui/form-alert';
import { showNotice } from '../../ui/notice';
import { RadioList } from '../../ui/radio-list';
import { Sheet } from '../../ui/sheet';
import { useCancelBooking } from './queries';

interface CancelSheetProps {
  booking: Booking;
  open: boolean;
  onClose: () => void;
}

/** 取消预订: this meeting, this and the following ones or the whole series, with an optional reason. */
export function CancelSheet({ booking, open, onClose }: CancelSheetProps) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<ChangeScope>('this');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const cancel = useCancelBooking(booking.id);

  const onConfirm = () => {
    setError(null);
    cancel.mutate(
      { scope, reason: reason.trim() },
      {
        onSuccess: (result) => {
          showNotice(i18n.t('roomsDetail.cancelled', { count: result.changed.length }));
          onClose();
        },
        onError: (err) => setError(parseApiError(err)),
      },
    );
  };

  return (
    <Sheet open={open} title={t('roomsDetail.cancelTitle')} onClose={onClose}>
      {booking.seriesId && (
        <RadioList<ChangeScope>
          name="cancel-scope"
          legend={t('roomsDetail.scope')}
          value={scope}
          options={(['this', 'following', 'series'] as const).map((value) => ({
            value,
            label: t(`roomsScope.${value}`),
          }))}
          onChange={setScope}
        />
      )}
      <label className="field" htmlFor="cancel-reason">
        <span className="field-label">{t('roomsDetail.cancelReason')}</span>
        <textarea
          id="cancel-reason"
          className="native-input native-textarea"
          maxLength={200}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <FormAlert message={error} />
      <Button block color="danger" size="large" loading={cancel.isPending} onClick={onConfirm}>
        {t('roomsDetail.cancelConfirm')}
      </Button>
      <Button block size="large" onClick={onClose}>
        {t('roomsDetail.keep')}
      </Button>
    </Sheet>
  );
}
