import type { Role } from '@houqin/contracts';
import type { Executor } from '../../db/client';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';

/** What the first start hands the demo seed: the open transaction and the root it created. */
export interface DemoBase {
  ctx: AppContext;
  tx: Executor;
  /** the system caller: demo data is audited like any other write */
  caller: Caller;
  rootUnitId: string;
  rootCode: string;
  rootName: string;
  /** argon2 hash of the shared demo password, computed once */
  demoPasswordHash: string;
}

export interface DemoLogin {
  role: Role;
  username: string;
  displayName: string;
  unitName: string;
  password: string;
}

/** The seeded organisation, for later modules' seeders to build on (rooms of a unit, bookings by a user…). */
export interface DemoOrganisation {
  /** unit id by unit code (the root included) */
  unitIds: Map<string, string>;
  /** user id by username */
  userIds: Map<string, string>;
  logins: DemoLogin[];
}

/** Everything a module's demo seeder gets. */
export interface DemoContext extends DemoBase {
  org: DemoOrganisation;
}

/** A module's demo data, written in the first start's transaction after the organisation. */
export type DemoSeeder = (demo: DemoContext) => Promise<void>;
