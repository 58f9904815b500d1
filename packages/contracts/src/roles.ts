import { z } from 'zod';

export const roles = [
  'staff',
  'unit_admin',
  'room_admin',
  'canteen_staff',
  'technician',
  'reception',
  'fleet_dispatcher',
  'logistics_admin',
  'auditor',
  'sysadmin',
] as const;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
