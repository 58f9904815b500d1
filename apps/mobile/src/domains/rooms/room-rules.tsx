import type { MeetingRoom } from '@houqin/contracts';
import { useTranslation } from 'react-i18next';
import { EquipmentList } from './equipment-list';

/** A room's details and the rules a booking must keep. */
export function RoomRules({ room }: { room: MeetingRoom }) {
  const { t } = useTranslation();
  const separator = t('app.listSeparator');
  const rows: [string, string][] = [
    [
      t('roomsRoom.placeLabel'),
      t('roomsRoom.place', { building: room.building, floor: room.floor, number: room.number }),
    ],
    [t('roomsRoom.capacityLabel'), t('roomsRoom.capacity', { count: room.capacity })],
    [
      t('roomsRoom.openHours'),
      `${room.workdaysOnly ? t('roomsRoom.workdays') : t('roomsRoom.everyDay')} ${room.openFrom}–${room.openTo}`,
    ],
    [t('roomsRoom.duration'), t('roomsRoom.durationValue', { min: room.minMinutes, max: room.maxMinutes })],
    [t('roomsRoom.daysAhead'), t('roomsRoom.daysAheadValue', { count: room.maxDaysAhead })],
  ];
  if (room.minNoticeMinutes > 0) {
    rows.push([t('roomsRoom.notice'), t('roomsRoom.minutes', { count: room.minNoticeMinutes })]);
  }
  if (room.bufferMinutes > 0) {
    rows.push([t('roomsRoom.buffer'), t('roomsRoom.minutes', { count: room.bufferMinutes })]);
  }
  if (room.quotaHoursPerWeek !== null) {
    rows.push([t('roomsRoom.quota'), t('roomsRoom.quotaValue', { count: room.quotaHoursPerWeek })]);
  }
  rows.push([
    t('roomsRoom.approval'),
    room.requiresApproval
      ? room.approvers.length > 0
        ? room.approvers.map((a) => a.displayName).join(separator)
        : t('roomsRoom.approvalByAdmins')
      : t('roomsRoom.noApproval'),
  ]);
  rows.push([
    t('roomsRoom.checkIn'),
    room.checkInRequired
      ? t('roomsRoom.checkInValue', { before: room.checkInOpensMinutes, release: room.noShowMinutes })
      : t('roomsRoom.noCheckIn'),
  ]);
  return (
    <>
      <EquipmentList equipment={room.equipment} />
      <dl className="detail-list">
        {rows.map(([term, value]) => (
          <div key={term} className="detail-list-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
