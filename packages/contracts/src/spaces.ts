import { z } from 'zod';
import { idSchema, pageOf, paginationQuerySchema } from './common';

/** 空间: buildings → floors → rooms, reused by meeting rooms, repairs and office space. */
export const roomUses = ['office', 'meeting', 'other'] as const;
export const roomUseSchema = z.enum(roomUses);
export type RoomUse = z.infer<typeof roomUseSchema>;

/** How a use reads in the import file and the export (用途 column). */
export const roomUseLabels: Record<RoomUse, string> = { office: '办公', meeting: '会议', other: '其他' };

export const floorSchema = z.object({
  id: z.string(),
  buildingId: z.string(),
  level: z.number().int(),
  name: z.string(),
  roomCount: z.number().int(),
});
export type Floor = z.infer<typeof floorSchema>;

export const buildingSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  address: z.string().nullable(),
  sort: z.number().int(),
  roomCount: z.number().int(),
  floors: z.array(floorSchema),
});
export type Building = z.infer<typeof buildingSchema>;
export const buildingListSchema = z.object({ items: z.array(buildingSchema) });
export type BuildingList = z.infer<typeof buildingListSchema>;

export const roomSchema = z.object({
  id: z.string(),
  buildingId: z.string(),
  buildingName: z.string(),
  floorId: z.string(),
  floorName: z.string(),
  floorLevel: z.number().int(),
  number: z.string(),
  name: z.string(),
  /** square metres, two decimals */
  areaM2: z.number(),
  use: roomUseSchema,
  active: z.boolean(),
});
export type Room = z.infer<typeof roomSchema>;
export const roomPageSchema = pageOf(roomSchema);
export type RoomPage = z.infer<typeof roomPageSchema>;

const nameSchema = z.string().trim().min(1).max(100);
const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/);
const sortSchema = z.number().int().min(0).max(100_000);
const levelSchema = z.number().int().min(-20).max(200);
const floorNameSchema = z.string().trim().min(1).max(20);
const roomNumberSchema = z.string().trim().min(1).max(32);
/** > 0 and at most 999999.99 (numeric(8,2)) */
const areaSchema = z
  .number()
  .gt(0)
  .max(999_999.99)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'at most two decimals' });

export const createBuildingInputSchema = z.strictObject({
  name: nameSchema,
  code: codeSchema,
  address: z.string().trim().max(200).nullable().default(null),
  sort: sortSchema.default(0),
});
export type CreateBuildingInput = z.infer<typeof createBuildingInputSchema>;
export const updateBuildingInputSchema = z.strictObject({
  name: nameSchema.optional(),
  code: codeSchema.optional(),
  address: z.string().trim().max(200).nullable().optional(),
  sort: sortSchema.optional(),
});
export type UpdateBuildingInput = z.infer<typeof updateBuildingInputSchema>;

export const createFloorInputSchema = z.strictObject({
  buildingId: idSchema,
  level: levelSchema,
  name: floorNameSchema,
});
export type CreateFloorInput = z.infer<typeof createFloorInputSchema>;
export const updateFloorInputSchema = z.strictObject({
  level: levelSchema.optional(),
  name: floorNameSchema.optional(),
});
export type UpdateFloorInput = z.infer<typeof updateFloorInputSchema>;

export const createRoomInputSchema = z.strictObject({
  floorId: idSchema,
  number: roomNumberSchema,
  name: nameSchema,
  areaM2: areaSchema,
  use: roomUseSchema,
  active: z.boolean().default(true),
});
export type CreateRoomInput = z.infer<typeof createRoomInputSchema>;
/** A room stays on its floor; only these fields change. */
export const updateRoomInputSchema = z.strictObject({
  number: roomNumberSchema.optional(),
  name: nameSchema.optional(),
  areaM2: areaSchema.optional(),
  use: roomUseSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateRoomInput = z.infer<typeof updateRoomInputSchema>;

export const listRoomsQuerySchema = paginationQuerySchema.extend({
  buildingId: idSchema.optional(),
  floorId: idSchema.optional(),
  use: roomUseSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export type ListRoomsQuery = z.infer<typeof listRoomsQuerySchema>;

/** Import result; a bad file is refused whole with 422 SPACES_IMPORT_INVALID and details.errors. */
export const spacesImportReportSchema = z.object({
  imported: z.number().int(),
  buildingsCreated: z.number().int(),
  floorsCreated: z.number().int(),
});
export type SpacesImportReport = z.infer<typeof spacesImportReportSchema>;
export const spacesImportErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type SpacesImportError = z.infer<typeof spacesImportErrorSchema>;
