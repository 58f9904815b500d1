import type { Slot } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Sheet } from '../../ui/sheet';
import { SwitchRow } from '../../ui/switch-row';
import { previewSummary } from './booking-problems';
import { SlotList } from './slot-list';

interface PreviewSheetProps {
  slots: readonly Slot[] | null;
  skipConflicts: boolean;
  onSkipConflicts: (skip: boolean) => void;
  confirming: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Before a series is booked: every meeting with its status, skip the ones that cannot be booked, confirm. */
export function PreviewSheet({
  slots,
  skipConflicts,
  onSkipConflicts,
  confirming,
  onConfirm,
  onClose,
}: PreviewSheetProps) {
  const { t } = useTranslation();
  const summary = previewSummary(slots ?? []);
  const canConfirm = summary.free > 0 && (summary.blocked === 0 || skipConflicts);
  return (
    <Sheet open={slots !== null} title={t('roomsPreview.title')} onClose={onClose}>
      <p className="sheet-meta" role="status">
        {t('roomsPreview.summary', { count: summary.free + summary.blocked, free: summary.free })}
      </p>
      <div className="sheet-scroll">
        <SlotList slots={slots ?? []} label={t('roomsPreview.title')} />
      </div>
      {summary.blocked > 0 && summary.free > 0 && (
        <SwitchRow
          id="skip-conflicts"
          label={t('roomsPreview.skip', { count: summary.blocked })}
          description={t('roomsPreview.skipHelp')}
          checked={skipConflicts}
          onChange={onSkipConflicts}
        />
      )}
      {summary.free === 0 && <p className="form-alert">{t('roomsPreview.noneFree')}</p>}
      <Button
        block
        color="primary"
        size="large"
        disabled={!canConfirm}
        loading={confirming}
        onClick={onConfirm}
      >
        {t('roomsPreview.confirm', { count: skipConflicts ? summary.free : summary.free + summary.blocked })}
      </Button>
      <Button block size="large" onClick={onClose}>
        {t('roomsPreview.back')}
      </Button>
    </Sheet>
  );
}
