import { type Actor, type Caller, hasRole, requireActor, requireRole } from '../../platform/auth/actor';
import { AppError } from '../../platform/errors';

/**
 * Who may do what with canteens. Every signed-in user reads canteens and menus and books for
 * themselves; canteen staff and the logistics office run canteens, menus, the counter and the
 * kitchen; unit_admins book for their own unit's staff and order guest meals; a logistics_admin
 * approves large guest orders.
 */
export const assertSignedIn = (caller: Caller): Actor => requireActor(caller);
export const assertCanManageCanteens = (caller: Caller): Actor =>
  requireRole(caller, 'canteen_staff', 'logistics_admin', 'sysadmin');
export const assertCanRunCounter = (caller: Caller): Actor =>
  requireRole(caller, 'canteen_staff', 'logistics_admin');
export const assertUnitAdmin = (caller: Caller): Actor => requireRole(caller, 'unit_admin');
export const assertCanApproveGuestMeals = (caller: Caller): Actor => requireRole(caller, 'logistics_admin');

export const isCanteenManager = (actor: Actor): boolean =>
  hasRole(actor, 'canteen_staff', 'logistics_admin', 'sysadmin');

/** Whose meal records (bookings, statements, statistics) the actor may read. */
export type MealScope = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'own'; userId: string };

export function mealScope(actor: Actor): MealScope {
  if (hasRole(actor, 'canteen_staff', 'logistics_admin', 'auditor', 'sysadmin')) return { kind: 'all' };
  if (hasRole(actor, 'unit_admin')) return { kind: 'unit', unitId: actor.unitId };
  return { kind: 'own', userId: actor.id };
}

/** Statistics are for managers: the whole district, or a unit_admin's own unit. */
export function statsScope(caller: Caller): Exclude<MealScope, { kind: 'own' }> {
  const scope = mealScope(requireActor(caller));
  if (scope.kind === 'own') throw new AppError('FORBIDDEN');
  return scope;
}

/** May the actor read this person's bookings? */
export function maySeeMealsOf(actor: Actor, person: { id: string; unitId: string }): boolean {
  const scope = mealScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'unit') return scope.unitId === person.unitId || actor.id === person.id;
  return actor.id === person.id;
}
