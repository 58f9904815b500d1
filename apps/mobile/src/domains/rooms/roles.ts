import type { Role } from '@houqin/contracts';

/** Who manages meeting rooms and does the 会务 tasks (the server's ROOM_MANAGER_ROLES). */
const ROOM_MANAGER_ROLES: readonly Role[] = ['room_admin', 'logistics_admin', 'sysadmin'];

export const isRoomManager = (roles: readonly Role[]): boolean =>
  roles.some((role) => ROOM_MANAGER_ROLES.includes(role));
