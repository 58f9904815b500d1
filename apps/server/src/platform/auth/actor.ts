import type { Role } from '@houqin/contracts';
import { AppError } from '../errors';

/** The signed-in user as services see it. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  roles: Role[];
}

/** Who asks, from where: every service call that changes state gets this, for policy and audit. */
export interface Caller {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

export function requireActor(caller: Caller): Actor {
  if (!caller.actor) throw new AppError('UNAUTHENTICATED');
  return caller.actor;
}

/** Throws FORBIDDEN unless the actor holds one of the roles. */
export function requireRole(caller: Caller, ...roles: Role[]): Actor {
  const actor = requireActor(caller);
  if (!hasRole(actor, ...roles)) throw new AppError('FORBIDDEN');
  return actor;
}

/** Data scope for reading records that belong to units: everything, one unit, or only one's own. */
export type Scope = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'own'; userId: string };

/** logistics_admin and auditor see everything; a unit_admin their unit; everyone else their own. */
export function readScope(actor: Actor): Scope {
  if (hasRole(actor, 'logistics_admin', 'auditor', 'sysadmin')) return { kind: 'all' };
  if (hasRole(actor, 'unit_admin')) return { kind: 'unit', unitId: actor.unitId };
  return { kind: 'own', userId: actor.id };
}

/** A system caller for the CLI, seed and scheduler: audited as "system". */
export const systemCaller: Caller = { actor: null, ip: null, userAgent: 'houqin-system' };
