import type { Role } from '@houqin/contracts';

export type Capability =
  | 'summary.view'
  | 'units.view'
  | 'units.edit'
  | 'users.view'
  | 'users.viewAllUnits'
  | 'users.edit'
  | 'audit.view'
  | 'announcements.manage'
  | 'jobs.manage'
  | 'calendar.manage'
  | 'deliveries.view'
  | 'spaces.view'
  | 'spaces.editBuildings'
  | 'spaces.editRooms'
  | 'meetingRooms.manage'
  | 'meetingRooms.approve'
  | 'meetingRooms.statistics'
  | 'canteens.manage'
  | 'canteens.approveGuests'
  | 'canteens.headcount'
  | 'canteens.statistics';

/** Who may use what in the console (docs/api.md: who may call each endpoint). */
const grants: Record<Capability, readonly Role[]> = {
  'summary.view': ['sysadmin', 'logistics_admin', 'auditor', 'unit_admin'],
  'units.view': ['sysadmin', 'logistics_admin'],
  'units.edit': ['sysadmin'],
  'users.view': ['sysadmin', 'logistics_admin', 'auditor', 'unit_admin'],
  'users.viewAllUnits': ['sysadmin', 'logistics_admin', 'auditor'],
  'users.edit': ['sysadmin'],
  'audit.view': ['auditor', 'logistics_admin'],
  'announcements.manage': ['logistics_admin', 'sysadmin'],
  'jobs.manage': ['sysadmin', 'logistics_admin'],
  'calendar.manage': ['sysadmin', 'logistics_admin'],
  'deliveries.view': ['sysadmin'],
  'spaces.view': ['sysadmin', 'logistics_admin', 'room_admin'],
  'spaces.editBuildings': ['sysadmin', 'logistics_admin'],
  'spaces.editRooms': ['sysadmin', 'logistics_admin', 'room_admin'],
  'meetingRooms.manage': ['room_admin', 'logistics_admin', 'sysadmin'],
  // the menu is for these roles; which pending bookings each may decide (named approvers too) is the API's call
  'meetingRooms.approve': ['room_admin', 'logistics_admin', 'sysadmin'],
  'meetingRooms.statistics': ['room_admin', 'logistics_admin', 'sysadmin', 'auditor'],
  // canteens, open days and menus
  'canteens.manage': ['canteen_staff', 'logistics_admin', 'sysadmin'],
  'canteens.approveGuests': ['logistics_admin'],
  // the locked headcount is the counter's and the kitchen's (the API: canteen_staff, logistics_admin)
  'canteens.headcount': ['canteen_staff', 'logistics_admin'],
  // statistics and monthly statements, read-only for the auditor
  'canteens.statistics': ['canteen_staff', 'logistics_admin', 'sysadmin', 'auditor'],
};

export function can(roles: readonly Role[], capability: Capability): boolean {
  return grants[capability].some((role) => roles.includes(role));
}
