import {
  type Actor,
  type Caller,
  readScope,
  requireActor,
  requireRole,
  type Scope,
} from '../../platform/auth/actor';
import { AppError } from '../../platform/errors';

/**
 * Who may do what with units and users. Services call these first; routes never decide.
 * - units and users are managed by sysadmin only;
 * - users are read by sysadmin, logistics_admin and auditor (everything) and a unit_admin (own unit);
 * - the unit tree is reference data every signed-in user may read;
 * - the console summary is for the console roles, scoped like the user list.
 */

/** Creating, editing, deleting units and users; resetting passwords; importing. */
export function assertCanManageOrganisation(caller: Caller): Actor {
  return requireRole(caller, 'sysadmin');
}

/** The unit tree: every signed-in user (the apps use it in pickers). */
export function assertCanReadUnits(caller: Caller): Actor {
  return requireActor(caller);
}

/** Reading users (list, export): everything, or only the unit_admin's own unit; others are refused. */
export function userReadScope(caller: Caller): Scope {
  const scope = readScope(requireActor(caller));
  if (scope.kind === 'own') throw new AppError('FORBIDDEN');
  return scope;
}

/** The console home figures: the same audience and scope as the user list. */
export function summaryScope(caller: Caller): Scope {
  return userReadScope(caller);
}
