import type { Role } from '@houqin/contracts';
import { provisionUnit } from '../../domains/organisation/units-service';
import { insertAccounts, type NewAccount } from '../../domains/organisation/user-accounts';
import { DEMO_PASSWORD, demoLoginByRole, demoPeople, demoUnits } from './people';
import type { DemoBase, DemoLogin, DemoOrganisation } from './types';

/** The demo district's units under the root, and its people, all sharing the demo password. */
export async function seedDemoOrganisation(base: DemoBase): Promise<DemoOrganisation> {
  const { ctx, tx, caller } = base;
  const unitIds = new Map<string, string>([[base.rootCode, base.rootUnitId]]);
  const unitNames = new Map<string, string>([[base.rootCode, base.rootName]]);
  for (const unit of demoUnits) {
    const parentId = unitIds.get(unit.parent ?? base.rootCode);
    if (!parentId) throw new Error(`demo unit ${unit.code}: parent ${unit.parent} is not seeded before it`);
    const created = await provisionUnit(ctx, tx, caller, {
      name: unit.name,
      code: unit.code,
      parentId,
      sortOrder: unit.sortOrder,
    });
    unitIds.set(unit.code, created.id);
    unitNames.set(unit.code, unit.name);
  }

  const accounts: NewAccount[] = demoPeople.map(([username, displayName, unitCode, roles], i) => {
    const unitId = unitIds.get(unitCode);
    if (!unitId) throw new Error(`demo user ${username}: unknown unit ${unitCode}`);
    return {
      username,
      displayName,
      mobile: `1390571${String(1001 + i).padStart(4, '0')}`,
      employeeCode: `LJ${String(1001 + i)}`,
      unitId,
      roles: ['staff', ...roles] as Role[],
      passwordHash: base.demoPasswordHash,
      mustChangePassword: false,
    };
  });
  const created = await insertAccounts(ctx, tx, caller, accounts);
  const userIds = new Map(created.map((u) => [u.username, u.id]));

  const logins: DemoLogin[] = (Object.entries(demoLoginByRole) as [Role, string][]).map(
    ([role, username]) => {
      const person = demoPeople.find(([name]) => name === username);
      return {
        role,
        username,
        displayName: person?.[1] ?? username,
        unitName: unitNames.get(person?.[2] ?? '') ?? '',
        password: DEMO_PASSWORD,
      };
    },
  );
  return { unitIds, userIds, logins };
}
