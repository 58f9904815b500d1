import { useTranslation } from 'react-i18next';
import type { BookingProblems } from './booking-problems';
import { SlotList } from './slot-list';

/** Why the room could not be booked: the taken slots (409) or the refused occurrences (422). */
export function BookingProblemsView({ problems }: { problems: BookingProblems }) {
  const { t } = useTranslation();
  const title = problems.kind === 'conflict' ? t('roomsForm.conflictTitle') : t('roomsForm.rulesTitle');
  return (
    <div className="booking-problems" role="alert">
      <p className="booking-problems-title">{title}</p>
      {problems.slots.length > 0 && <SlotList slots={problems.slots} label={title} />}
    </div>
  );
}
