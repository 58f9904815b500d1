import type { Role } from '@houqin/contracts';

/** Who runs the counter and the kitchen board (the server's assertCanRunCounter). */
const COUNTER_ROLES: readonly Role[] = ['canteen_staff', 'logistics_admin'];

export const mayRunCounter = (roles: readonly Role[]): boolean =>
  roles.some((role) => COUNTER_ROLES.includes(role));

/** Who books 值班餐 and orders guest meals for a unit. */
export const isUnitAdmin = (roles: readonly Role[]): boolean => roles.includes('unit_admin');
