import type { ServiceTask } from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import { todayIn } from '../../platform/calendar/service';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { addDays, zonedInstant } from '../../platform/zoned-time';
import { assertCanDoServiceTasks } from './policy';
import { findTaskRow, findTasksDue, markTaskDone, type TaskRow } from './service-tasks-repository';

export function toServiceTask(row: TaskRow): ServiceTask {
  return {
    id: row.id,
    kind: row.kind,
    note: row.note,
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneById ? { id: row.doneById, displayName: row.doneByName ?? '' } : null,
    booking: {
      id: row.bookingId,
      title: row.title,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      status: row.bookingStatus,
      room: { id: row.roomId, name: row.roomName, building: row.building, floor: row.floor },
      booker: { id: row.bookerId, displayName: row.bookerName },
      attendeeCount: row.headcount,
    },
  };
}

/** GET /api/meeting-services/tasks: the tasks due today or tomorrow (deployment zone) of active bookings. */
export async function listServiceTasks(
  ctx: AppContext,
  caller: Caller,
  query: { day: 'today' | 'tomorrow' },
): Promise<{ items: ServiceTask[] }> {
  assertCanDoServiceTasks(caller);
  const timeZone = ctx.config.timeZone;
  const date = addDays(todayIn(ctx), query.day === 'today' ? 0 : 1);
  const rows = await findTasksDue(ctx.db, {
    from: zonedInstant(date, 0, timeZone),
    to: zonedInstant(addDays(date, 1), 0, timeZone),
  });
  return { items: rows.map(toServiceTask) };
}

/**
 * POST /api/meeting-services/tasks/:id/done. Marking a done task again answers it as it is (the
 * first to mark it stays the one who did it); a cancelled task, or one of a booking that no
 * longer holds its slot, is 409 BOOKING_NOT_CHANGEABLE.
 */
export async function completeServiceTask(ctx: AppContext, caller: Caller, id: string): Promise<ServiceTask> {
  const actor = assertCanDoServiceTasks(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (await markTaskDone(tx, { id, userId: actor.id, now })) {
      await recordAudit(
        tx,
        caller,
        {
          action: 'meeting_service_task.done',
          entityType: 'meeting_service_task',
          entityId: id,
          before: { status: 'open' },
          after: { status: 'done', doneAt: now },
        },
        now,
      );
      return;
    }
    const task = await findTaskRow(tx, id);
    if (!task) throw notFound('meeting_service_task');
    if (task.status !== 'done') throw new AppError('BOOKING_NOT_CHANGEABLE', { taskStatus: task.status });
  });
  const row = await findTaskRow(ctx.db, id);
  if (!row) throw notFound('meeting_service_task');
  return toServiceTask(row);
}
