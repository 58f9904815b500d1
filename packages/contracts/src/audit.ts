import { z } from 'zod';

export const auditChangeSchema = z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }));

export const auditEntrySchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorUnitId: z.string().nullable(),
  /** name of the actor's unit (added; optional so older clients and mocks stay valid) */
  actorUnitName: z.string().nullable().optional(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: auditChangeSchema.nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  sealed: z.boolean(),
  hash: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  actorId: z.string().uuid().optional(),
  unitId: z.string().uuid().optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  unsealed: z.number().int(),
  firstBad: z
    .object({ seq: z.number().int(), chainIndex: z.number().int().nullable(), reason: z.string() })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;
