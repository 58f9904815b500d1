import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** 会议室使用统计 (console): utilization by room and building, no-shows by unit, the peak-hour heatmap. */

export const roomStatsQuerySchema = z.strictObject({ from: isoDateSchema, to: isoDateSchema });
export type RoomStatsQuery = z.infer<typeof roomStatsQuerySchema>;
export const roomStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  rooms: z.array(
    z.object({
      roomId: z.string(),
      name: z.string(),
      building: z.string(),
      bookedHours: z.number(),
      openHours: z.number(),
      /** bookedHours / openHours, 0–1 */
      utilization: z.number(),
    }),
  ),
  buildings: z.array(
    z.object({
      buildingId: z.string(),
      name: z.string(),
      bookedHours: z.number(),
      openHours: z.number(),
      utilization: z.number(),
    }),
  ),
  noShows: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      /** bookings that required check-in and have started */
      checkInBookings: z.number().int(),
      noShows: z.number().int(),
      rate: z.number(),
    }),
  ),
  /** booked hours by weekday (1 = Monday … 7) and hour of day (0–23), in the deployment zone */
  heatmap: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), hours: z.number() })),
  busiestUnits: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), bookings: z.number().int(), hours: z.number() }),
  ),
});
export type RoomStats = z.infer<typeof roomStatsSchema>;

/** Pending bookings an approver can decide (console approvals page). */
export const pendingQuerySchema = z.strictObject({ roomId: idSchema.optional() });
