import { CheckShieldOutline, UnorderedListOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInSession } from '../auth/use-session';
import { APPROVALS_PATH, SERVICE_TASKS_PATH } from './paths';
import { usePendingBookings } from './queries';
import { isRoomManager } from './roles';

/**
 * 会务任务 and 待我审批 for the room staff; a room's named approver who is not staff sees 待我审批
 * only while something waits for them.
 */
export function RoomShortcuts() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const manager = isRoomManager(user.roles);
  const pending = usePendingBookings();
  const waiting = pending.data?.items.length ?? 0;
  if (!manager && waiting === 0) return null;
  return (
    <nav className="card-section room-shortcuts" aria-label={t('roomsHome.manage')}>
      {manager && (
        <Link to={SERVICE_TASKS_PATH} className="room-shortcut">
          <UnorderedListOutline aria-hidden="true" />
          {t('roomsTasks.title')}
        </Link>
      )}
      <Link to={APPROVALS_PATH} className="room-shortcut">
        <CheckShieldOutline aria-hidden="true" />
        {t('roomsApprovals.title')}
        {waiting > 0 && <span className="room-tag room-tag-pending">{waiting}</span>}
      </Link>
    </nav>
  );
}
