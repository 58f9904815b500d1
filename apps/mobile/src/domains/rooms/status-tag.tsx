import type { BookingStatus } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';

/** A booking's status in colour and words: pending orange, confirmed green, the rest grey. */
export function StatusTag({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return <span className={`room-tag room-tag-${status}`}>{t(`roomsStatus.${status}`)}</span>;
}
