import type { Building, Floor } from '@houqin/contracts';

export interface SpaceNode {
  key: string;
  title: string;
  children?: SpaceNode[];
}

/** Buildings → floors (highest first, as a building directory reads) for the tree. */
export function toSpaceTree(
  buildings: readonly Building[],
  roomsLabel: (count: number) => string,
): SpaceNode[] {
  return buildings.map((building) => ({
    key: `building:${building.id}`,
    title: `${building.name} · ${roomsLabel(building.roomCount)}`,
    children: [...building.floors]
      .sort((a, b) => b.level - a.level)
      .map((floor) => ({
        key: `floor:${floor.id}`,
        title: `${floor.name} · ${roomsLabel(floor.roomCount)}`,
      })),
  }));
}

export type SelectedSpace =
  | { kind: 'building'; building: Building }
  | { kind: 'floor'; building: Building; floor: Floor };

/** The building or floor behind a tree key, if it still exists. */
export function findSpace(
  buildings: readonly Building[],
  key: string | undefined,
): SelectedSpace | undefined {
  if (!key) return undefined;
  const [kind, id] = key.split(':');
  for (const building of buildings) {
    if (kind === 'building' && building.id === id) return { kind, building };
    const floor = building.floors.find((f) => f.id === id);
    if (kind === 'floor' && floor) return { kind, building, floor };
  }
  return undefined;
}
