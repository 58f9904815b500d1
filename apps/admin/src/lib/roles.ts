import type { Role } from '@houqin/contracts';

/** Display order of roles; typed as a record so a role added to the contracts must be added here too. */
const order: Record<Role, number> = {
  staff: 0,
  unit_admin: 1,
  room_admin: 2,
  canteen_staff: 3,
  technician: 4,
  reception: 5,
  fleet_dispatcher: 6,
  logistics_admin: 7,
  auditor: 8,
  sysadmin: 9,
};

export const allRoles: readonly Role[] = (Object.keys(order) as Role[]).sort((a, b) => order[a] - order[b]);

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => order[a] - order[b]);
}
