import type { Booking } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { i18n } from '../../lib/i18n';
import { FormAlert } from '../../ui/form-alert';
import { showNotice } from '../../ui/notice';
import { RadioList } from '../../ui/radio-list';
import { Sheet } from '../../ui/sheet';
import { useDecideBooking } from './queries';

interface DecideSheetProps {
  booking: Booking;
  /** approve or reject; null = closed */
  decision: 'approve' | 'reject' | null;
  onClose: () => void;
}

/** 通过 / 驳回 a pending booking (or all pending meetings of its series); a rejection needs a reason. */
export function DecideSheet({ booking, decision, onClose }: DecideSheetProps) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'this' | 'series'>('this');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useDecideBooking();
  const approve = decision === 'approve';

  const onConfirm = () => {
    if (!approve && !reason.trim()) {
      setError(t('roomsApprovals.reasonRequired'));
      return;
    }
    setError(null);
    decide.mutate(
      { bookingId: booking.id, approve, scope, reason: reason.trim() },
      {
        onSuccess: (result) => {
          const key = approve ? 'roomsApprovals.approved' : 'roomsApprovals.rejected';
          showNotice(i18n.t(key, { count: result.changed.length }));
          setReason('');
          onClose();
        },
        onError: (err) => setError(parseApiError(err)),
      },
    );
  };

  return (
    <Sheet
      open={decision !== null}
      title={approve ? t('roomsApprovals.approveTitle') : t('roomsApprovals.rejectTitle')}
      onClose={onClose}
    >
      <p className="sheet-meta">{booking.title}</p>
      {booking.seriesId && (
        <RadioList<'this' | 'series'>
          name="decide-scope"
          legend={t('roomsDetail.scope')}
          value={scope}
          options={[
            { value: 'this', label: t('roomsScope.this') },
            { value: 'series', label: t('roomsScope.pendingSeries') },
          ]}
          onChange={setScope}
        />
      )}
      {!approve && (
        <label className="field" htmlFor="reject-reason">
          <span className="field-label">{t('roomsApprovals.reason')}</span>
          <textarea
            id="reject-reason"
            className="native-input native-textarea"
            maxLength={200}
            rows={2}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
      )}
      <FormAlert message={error} />
      <Button
        block
        color={approve ? 'primary' : 'danger'}
        size="large"
        loading={decide.isPending}
        onClick={onConfirm}
      >
        {approve ? t('roomsApprovals.approve') : t('roomsApprovals.reject')}
      </Button>
      <Button block size="large" onClick={onClose}>
        {t('roomsDetail.keep')}
      </Button>
    </Sheet>
  );
}
