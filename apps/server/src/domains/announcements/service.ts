import { randomUUID } from 'node:crypto';
import {
  type Announcement,
  type AnnouncementPage,
  type ListAnnouncementsQuery,
  type PublishAnnouncementInput,
  roleSchema,
} from '@houqin/contracts';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireRole } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { defineNotificationType, type NotifyInput, notify } from '../../platform/notifications';
import {
  type AnnouncementRecord,
  type AnnouncementRow,
  findActiveUserIds,
  findAnnouncementPage,
  findUnitNameForShare,
  insertAnnouncement,
} from './repository';

/** The in-app notification each recipient gets; not essential (outbound channels follow the user's switches). */
export const ANNOUNCEMENT_NOTIFICATION = defineNotificationType('announcement.published');

/** Where the notification leads: the staff app's message list, where the full text is. */
/** the staff app's message list (apps/mobile route) */
export const ANNOUNCEMENT_LINK = '/messages';

/** Policy: the logistics office and system administrators publish and list announcements. */
export function assertCanManageAnnouncements(caller: Caller): Actor {
  return requireRole(caller, 'logistics_admin', 'sysadmin');
}

export function toAnnouncement(row: AnnouncementRow): Announcement {
  const role = roleSchema.safeParse(row.audienceRole);
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    audience: {
      kind: row.audienceKind,
      unitId: row.audienceUnitId,
      unitName: row.audienceUnitName,
      role: role.success ? role.data : null,
    },
    recipientCount: row.recipientCount,
    createdById: row.createdBy,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

const unitNotFound = () =>
  new AppError('NOT_FOUND', { entity: 'unit' }, [{ path: 'body.audience.unitId', message: 'NOT_FOUND' }]);

/**
 * Publishes in the caller's transaction: the record, one in-app notification per active recipient
 * (live on their open apps once the transaction commits) and the audit entry. If anything after
 * notify fails, the whole transaction rolls back and nobody is notified.
 */
export async function publishAnnouncementIn(
  ctx: AppContext,
  tx: Executor,
  caller: Caller,
  input: PublishAnnouncementInput,
): Promise<Announcement> {
  const actor = assertCanManageAnnouncements(caller);
  const now = ctx.clock.now();
  const { audience } = input;
  let to: NotifyInput['to'];
  let unitName: string | null = null;
  if (audience.kind === 'unit') {
    unitName = (await findUnitNameForShare(tx, audience.unitId)) ?? null;
    if (unitName === null) throw unitNotFound();
    to = { unitId: audience.unitId };
  } else if (audience.kind === 'role') {
    to = { role: audience.role };
  } else {
    // notify has no "everyone": name every active user (a district has thousands, not millions)
    to = { userIds: await findActiveUserIds(tx) };
  }
  const id = randomUUID();
  const recipientCount = await notify(ctx, tx, {
    to,
    type: ANNOUNCEMENT_NOTIFICATION,
    title: input.title,
    body: input.body,
    link: ANNOUNCEMENT_LINK,
    data: { announcementId: id },
  });
  const record: AnnouncementRecord = await insertAnnouncement(tx, {
    id,
    title: input.title,
    body: input.body,
    audienceKind: audience.kind,
    audienceUnitId: audience.kind === 'unit' ? audience.unitId : null,
    audienceUnitName: unitName,
    audienceRole: audience.kind === 'role' ? audience.role : null,
    recipientCount,
    createdBy: actor.id,
    createdAt: now,
  });
  await recordAudit(
    tx,
    caller,
    {
      action: 'announcement.published',
      entityType: 'announcement',
      entityId: id,
      after: {
        title: record.title,
        body: record.body,
        audience: audience.kind,
        unitId: record.audienceUnitId,
        unitName: record.audienceUnitName,
        role: record.audienceRole,
        recipientCount,
      },
    },
    now,
  );
  return toAnnouncement({ ...record, createdByName: actor.displayName });
}

export async function publishAnnouncement(
  ctx: AppContext,
  caller: Caller,
  input: PublishAnnouncementInput,
): Promise<Announcement> {
  assertCanManageAnnouncements(caller);
  return ctx.db.transaction((tx) => publishAnnouncementIn(ctx, tx, caller, input));
}

/** Every announcement, newest first, paged. */
export async function listAnnouncements(
  ctx: AppContext,
  caller: Caller,
  query: ListAnnouncementsQuery,
): Promise<AnnouncementPage> {
  assertCanManageAnnouncements(caller);
  const { items, total } = await findAnnouncementPage(ctx.db, query);
  return { items: items.map(toAnnouncement), total, page: query.page, pageSize: query.pageSize };
}
