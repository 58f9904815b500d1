import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../domains/organisation/tables';

/**
 * Uploaded files. The bytes live under DATA_DIR/files/<storage_key> (and <storage_key>.thumb for
 * images); the row says who uploaded them and which record owns them. A file stays unattached
 * (attached_type null) until a module attaches it to its record; unattached files older than a day
 * are deleted by the scheduler.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['image', 'document'] }).notNull(),
    /** the type of the stored bytes, decided from their content (images: after re-encoding) */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** hex SHA-256 of the stored bytes */
    sha256: text('sha256').notNull(),
    /** the client's file name, sanitized (no path, no control or direction characters) */
    originalName: text('original_name').notNull(),
    /** path under DATA_DIR/files: yyyy/mm/<id> */
    storageKey: text('storage_key').notNull(),
    width: integer('width'),
    height: integer('height'),
    thumbnailBytes: integer('thumbnail_bytes'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    attachedType: text('attached_type'),
    attachedId: text('attached_id'),
    attachedAt: timestamp('attached_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    check('files_attached_pair_check', sql`(${t.attachedType} is null) = (${t.attachedId} is null)`),
    check('files_kind_check', sql`${t.kind} in ('image', 'document')`),
    index('files_attached_idx').on(t.attachedType, t.attachedId),
    index('files_orphan_idx').on(t.createdAt).where(sql`${t.attachedType} is null`),
    index('files_owner_idx').on(t.ownerId),
  ],
);

export type FileRow = typeof files.$inferSelect;
