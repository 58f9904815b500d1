import { count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, users } from '../organisation/tables';
import { announcements } from './tables';

export type AnnouncementRecord = typeof announcements.$inferSelect;
export type NewAnnouncement = typeof announcements.$inferInsert;
export type AnnouncementRow = AnnouncementRecord & { createdByName: string };

/**
 * The unit's name, with the unit row held (FOR KEY SHARE) to the end of the transaction so it cannot
 * be deleted between this look-up and the announcement that names it. Undefined when there is none.
 */
export async function findUnitNameForShare(tx: Executor, unitId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ name: units.name })
    .from(units)
    .where(eq(units.id, unitId))
    .for('key share');
  return row?.name;
}

export async function insertAnnouncement(tx: Executor, values: NewAnnouncement): Promise<AnnouncementRecord> {
  const [row] = await tx.insert(announcements).values(values).returning();
  if (!row) throw new Error('insert into announcements returned no row');
  return row;
}

/** Ids of every active user (the audience "everyone"). */
export async function findActiveUserIds(tx: Executor): Promise<string[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.active, true));
  return rows.map((r) => r.id);
}

const columns = {
  id: announcements.id,
  title: announcements.title,
  body: announcements.body,
  audienceKind: announcements.audienceKind,
  audienceUnitId: announcements.audienceUnitId,
  audienceUnitName: announcements.audienceUnitName,
  audienceRole: announcements.audienceRole,
  recipientCount: announcements.recipientCount,
  createdBy: announcements.createdBy,
  createdAt: announcements.createdAt,
  createdByName: users.displayName,
};

/** Newest first (id breaks ties within a millisecond), with the publisher's name. */
export async function findAnnouncementPage(
  db: Executor,
  paging: { page: number; pageSize: number },
): Promise<{ items: AnnouncementRow[]; total: number }> {
  const [total] = await db.select({ n: count() }).from(announcements);
  const items = await db
    .select(columns)
    .from(announcements)
    .innerJoin(users, eq(users.id, announcements.createdBy))
    .orderBy(desc(announcements.createdAt), desc(announcements.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  return { items, total: total?.n ?? 0 };
}
