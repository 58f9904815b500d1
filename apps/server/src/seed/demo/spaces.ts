import type { RoomUse } from '@houqin/contracts';
import { createBuildingIn, createFloorIn, createRoomOnFloorIn } from '../../domains/spaces/service';
import type { DemoContext } from './types';

/** The administrative centre: two buildings, offices on most floors, meeting rooms on some. */
export const demoBuildings = [
  { name: '行政中心A座', code: 'XZA', prefix: 'A', floors: 6, address: '临江区人民路 1 号' },
  { name: '行政中心B座', code: 'XZB', prefix: 'B', floors: 4, address: '临江区人民路 3 号' },
] as const;

/** Rooms on one floor: a meeting room on floors 2, 3 and 5, a large hall on the 1st floor of A. */
function roomsOf(
  prefix: string,
  level: number,
): { number: string; name: string; areaM2: number; use: RoomUse }[] {
  const rooms: { number: string; name: string; areaM2: number; use: RoomUse }[] = [];
  if (level === 1) {
    rooms.push({
      number: `${prefix}-101`,
      name: prefix === 'A' ? '大会议厅' : '接待室',
      areaM2: prefix === 'A' ? 320 : 48.5,
      use: prefix === 'A' ? 'meeting' : 'other',
    });
    rooms.push({ number: `${prefix}-102`, name: '档案室', areaM2: 36, use: 'other' });
    return rooms;
  }
  for (let i = 1; i <= 4; i++) {
    rooms.push({ number: `${prefix}-${level}0${i}`, name: '办公室', areaM2: 18 + i * 4.5, use: 'office' });
  }
  if (level === 2 || level === 3 || level === 5) {
    rooms.push({
      number: `${prefix}-${level}10`,
      name: `第${level}会议室`,
      areaM2: 60 + level * 5,
      use: 'meeting',
    });
  }
  return rooms;
}

/** Buildings, floors and rooms of the demo district, audited as the system. */
export async function seedDemoSpaces(demo: DemoContext): Promise<void> {
  const { ctx, tx, caller } = demo;
  for (const [sort, b] of demoBuildings.entries()) {
    const building = await createBuildingIn(ctx, tx, caller, {
      name: b.name,
      code: b.code,
      address: b.address,
      sort,
    });
    for (let level = 1; level <= b.floors; level++) {
      const floor = await createFloorIn(ctx, tx, caller, {
        buildingId: building.id,
        level,
        name: `${level}F`,
      });
      for (const room of roomsOf(b.prefix, level)) {
        await createRoomOnFloorIn(ctx, tx, caller, floor, { ...room, active: true });
      }
    }
  }
}
