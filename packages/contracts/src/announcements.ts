import { z } from 'zod';
import { idSchema, pageOf, paginationQuerySchema } from './common';
import { roleSchema } from './roles';

export const ANNOUNCEMENT_TITLE_MAX = 100;
export const ANNOUNCEMENT_BODY_MAX = 2000;

/** Who an announcement (通知公告) goes to: everyone, the members of one unit, or the holders of one role. */
export const announcementAudienceKinds = ['all', 'unit', 'role'] as const;
export const announcementAudienceKindSchema = z.enum(announcementAudienceKinds);
export type AnnouncementAudienceKind = z.infer<typeof announcementAudienceKindSchema>;

export const announcementAudienceInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  /** the unit's own members (sub-units not included), as notify resolves a unit */
  z.strictObject({ kind: z.literal('unit'), unitId: idSchema }),
  z.strictObject({ kind: z.literal('role'), role: roleSchema }),
]);
export type AnnouncementAudienceInput = z.infer<typeof announcementAudienceInputSchema>;

export const publishAnnouncementInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(ANNOUNCEMENT_TITLE_MAX),
  body: z.string().trim().min(1).max(ANNOUNCEMENT_BODY_MAX),
  audience: announcementAudienceInputSchema,
});
export type PublishAnnouncementInput = z.infer<typeof publishAnnouncementInputSchema>;

export const announcementSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audience: z.object({
    kind: announcementAudienceKindSchema,
    /** null when the unit has since been deleted */
    unitId: z.string().nullable(),
    /** the unit's name when the announcement went out */
    unitName: z.string().nullable(),
    role: roleSchema.nullable(),
  }),
  /** how many active users were notified */
  recipientCount: z.number().int(),
  createdById: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type Announcement = z.infer<typeof announcementSchema>;

export const listAnnouncementsQuerySchema = paginationQuerySchema;
export type ListAnnouncementsQuery = z.infer<typeof listAnnouncementsQuerySchema>;

export const announcementPageSchema = pageOf(announcementSchema);
export type AnnouncementPage = z.infer<typeof announcementPageSchema>;
