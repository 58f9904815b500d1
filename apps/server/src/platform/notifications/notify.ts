import type { OutboundChannelName, Role } from '@houqin/contracts';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { AppContext } from '../context';
import { enqueueJob } from '../scheduler';
import { configuredChannelNames } from './channels';
import { deliverNotificationJob } from './delivery-job';
import { isEssentialType, isValidNotificationType } from './types';

/** The channel every process LISTENs on; the payload is `{"userId":…,"seq":…}` (no content). */
export const NOTIFY_CHANNEL = 'houqin_notifications';

export interface NotifyInput {
  /**
   * Who gets it: the listed users, plus the users matching unit and role together (only unitId:
   * everyone in that unit, sub-units not included; only role: everyone holding it; both: the role
   * holders of that unit). Deactivated users are skipped; each user gets it once.
   */
  to: { userIds?: string[]; unitId?: string; role?: Role };
  /** e.g. "room.booking_approved" (see defineNotificationType) */
  type: string;
  /** already localized by the caller */
  title: string;
  body: string;
  /** an in-app path, e.g. "/rooms/bookings/<id>" */
  link?: string | null;
  data?: Record<string, unknown> | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertValid(input: NotifyInput): void {
  if (!isValidNotificationType(input.type)) throw new Error(`bad notification type "${input.type}"`);
  const ids = [...(input.to.userIds ?? []), ...(input.to.unitId ? [input.to.unitId] : [])];
  const bad = ids.find((id) => !uuidPattern.test(id));
  if (bad !== undefined) throw new Error('notify: recipient ids must be UUIDs');
}

/**
 * Writes one in-app notification per recipient in the caller's transaction and, in the same
 * transaction, the outbound deliveries (and their scheduler jobs) for the channels this deployment
 * has and the recipient left on. A NOTIFY per row wakes the live streams of every process when the
 * transaction commits; a rollback leaves no notification, no delivery and no wake-up.
 * Each recipient's counter row stays locked until commit, so call it late in the action's
 * transaction. Returns how many users were notified.
 */
export async function notify(ctx: AppContext, tx: Executor, input: NotifyInput): Promise<number> {
  assertValid(input);
  const at = ctx.clock.now().toISOString();
  const userIds = JSON.stringify(input.to.userIds ?? []);
  const unitId = input.to.unitId ?? null;
  const role = input.to.role ?? null;
  const group = unitId !== null || role !== null;
  // The counter upsert takes each recipient's row lock (in id order, so concurrent notifies never
  // deadlock on each other) and holds it to commit: one user's seqs commit in order.
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
      with recipients as (
        select u.id from users u
         where u.active
           and (u.id in (select value::uuid from jsonb_array_elements_text(${userIds}::jsonb))
                or (${group}::boolean
                    and (${unitId}::uuid is null or u.unit_id = ${unitId}::uuid)
                    and (${role}::text is null or ${role}::text = any(u.roles))))
         order by u.id
      ),
      counters as (
        insert into notification_counters as c (user_id, last_seq)
        select id, 1 from recipients
        on conflict (user_id) do update set last_seq = c.last_seq + 1
        returning c.user_id, c.last_seq
      ),
      inserted as (
        insert into notifications (user_id, seq, type, title, body, link, data, created_at)
        select user_id, last_seq, ${input.type}, ${input.title}, ${input.body}, ${input.link ?? null},
               ${input.data ? JSON.stringify(input.data) : null}::jsonb, ${at}::timestamptz
          from counters
        returning id, user_id, seq
      )
      select id, pg_notify(${NOTIFY_CHANNEL}, json_build_object('userId', user_id, 'seq', seq)::text)
        from inserted`,
  );
  if (rows.length === 0) return 0;
  await createDeliveries(
    tx,
    rows.map((r) => r.id),
    configuredChannelNames(ctx.config),
    isEssentialType(input.type),
    at,
  );
  return rows.length;
}

/**
 * One delivery per notification and channel the recipient has on (essential types ignore the
 * switch); e-mail only for recipients with an address. Each gets its scheduler job.
 */
async function createDeliveries(
  tx: Executor,
  notificationIds: string[],
  channels: OutboundChannelName[],
  essential: boolean,
  at: string,
): Promise<void> {
  if (channels.length === 0) return;
  const deliveries = await queryRows<{ id: string }>(
    tx,
    sql`
      insert into notification_deliveries (notification_id, user_id, channel, status, created_at, updated_at)
      select n.id, n.user_id, ch.name, 'pending', ${at}::timestamptz, ${at}::timestamptz
        from notifications n
       cross join jsonb_array_elements_text(${JSON.stringify(channels)}::jsonb) as ch(name)
        left join notification_preferences p on p.user_id = n.user_id
       where n.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(notificationIds)}::jsonb))
         and (ch.name <> 'email' or p.email is not null)
         and (${essential}::boolean
              or case ch.name when 'email' then coalesce(p.email_enabled, true)
                              else coalesce(p.webhook_enabled, true) end)
      returning id`,
  );
  for (const d of deliveries) await enqueueJob(tx, deliverNotificationJob, { deliveryId: d.id });
}
