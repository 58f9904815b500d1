import type { ServiceTask } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../../lib/api-error';
import { formatDateTime, formatTime, formatTimeRange } from '../../lib/format';
import { i18n } from '../../lib/i18n';
import { showNotice } from '../../ui/notice';
import { useCompleteServiceTask } from './queries';

/** One 会务 task: what, where, for which meeting, by when; 完成 marks it done. */
export function ServiceTaskItem({ task }: { task: ServiceTask }) {
  const { t } = useTranslation();
  const complete = useCompleteServiceTask();
  const kind = t(`roomsServiceKinds.${task.kind}`);
  const { booking } = task;
  return (
    <li className={`task-item is-${task.status}`}>
      <div className="task-item-head">
        <span className="task-item-kind">{kind}</span>
        <span className="task-item-due">{t('roomsTasks.due', { time: formatTime(task.dueAt) })}</span>
        <span className={`room-tag room-tag-task-${task.status}`}>{t(`roomsTaskStatus.${task.status}`)}</span>
      </div>
      <dl className="task-item-details">
        <div>
          <dt>{t('roomsDetail.room')}</dt>
          <dd>
            {booking.room.name} · {booking.room.building} {booking.room.floor}
          </dd>
        </div>
        <div>
          <dt>{t('roomsTasks.meeting')}</dt>
          <dd>
            {formatTimeRange(booking.startsAt, booking.endsAt)} {booking.title}
          </dd>
        </div>
        <div>
          <dt>{t('roomsDetail.booker')}</dt>
          <dd>{booking.booker.displayName}</dd>
        </div>
        <div>
          <dt>{t('roomsTasks.attendees')}</dt>
          <dd>{t('roomsRoom.capacity', { count: booking.attendeeCount })}</dd>
        </div>
        {task.note && (
          <div>
            <dt>{t('roomsTasks.note')}</dt>
            <dd>{task.note}</dd>
          </div>
        )}
      </dl>
      {task.status === 'open' ? (
        <Button
          block
          color="primary"
          size="large"
          loading={complete.isPending}
          aria-label={t('roomsTasks.doneLabel', { kind, room: booking.room.name })}
          onClick={() =>
            complete.mutate(task.id, {
              onSuccess: () => showNotice(i18n.t('roomsTasks.marked', { kind })),
              onError: (err) => showNotice(parseApiError(err)),
            })
          }
        >
          {t('roomsTasks.done')}
        </Button>
      ) : (
        task.doneAt && (
          <p className="task-item-done">
            {t('roomsTasks.doneAt', { time: formatDateTime(task.doneAt) })}
            {task.doneBy ? ` · ${task.doneBy.displayName}` : ''}
          </p>
        )
      )}
    </li>
  );
}
