import { seedDemoCanteens } from './canteens';
import { seedDemoMeetingRooms } from './meeting-rooms';
import { seedDemoOrganisation } from './organisation';
import { seedDemoSpaces } from './spaces';
import type { DemoBase, DemoLogin, DemoSeeder } from './types';

export { DEMO_PASSWORD, demoRoot } from './people';
export type { DemoBase, DemoContext, DemoLogin, DemoOrganisation, DemoSeeder } from './types';

/**
 * Each module's demo data, in order, after the organisation they build on. A module adds its
 * seeder here (e.g. `seedDemoMeetingRooms` from seed/demo/meeting-rooms.ts) and finds units and
 * users by code and username in `demo.org`.
 */
const moduleSeeders: DemoSeeder[] = [seedDemoSpaces, seedDemoMeetingRooms, seedDemoCanteens];

/** Seeds the demo district into an empty database, in the first start's transaction. */
export async function seedDemoData(
  base: DemoBase,
): Promise<{ logins: DemoLogin[]; users: number; units: number }> {
  const org = await seedDemoOrganisation(base);
  for (const seed of moduleSeeders) await seed({ ...base, org });
  return { logins: org.logins, users: org.userIds.size, units: org.unitIds.size };
}
