import { z } from 'zod';

/** Console home: real counts from the database. */
export const consoleSummarySchema = z.object({
  units: z.number().int(),
  users: z.number().int(),
  activeUsers: z.number().int(),
  activeSessions: z.number().int(),
  auditEntriesToday: z.number().int(),
  auditUnsealed: z.number().int(),
  loginsToday: z.number().int(),
});
export type ConsoleSummary = z.infer<typeof consoleSummarySchema>;
