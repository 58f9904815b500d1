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
  | 'deliveries.view';

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
};

export function can(roles: readonly Role[], capability: Capability): boolean {
  return grants[capability].some((role) => roles.includes(role));
}
