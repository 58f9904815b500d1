import type { Unit } from '@houqin/contracts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

function byOrder(a: UnitNode, b: UnitNode): number {
  return a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name, 'zh-CN');
}

/** The flat list as a forest; a unit whose parent is missing from the list becomes a root. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.id, { unit, children: [] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort(byOrder);
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** The unit and everything under it. */
export function subtreeIds(units: readonly Unit[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}
