import type { Unit } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { buildUnitTree, subtreeIds } from './tree';

const unit = (id: string, parentId: string | null, name: string, sortOrder = 0): Unit => ({
  id,
  parentId,
  name,
  code: id.toUpperCase(),
  sortOrder,
  userCount: 0,
});

const units = [
  unit('b', 'root', '财政局', 2),
  unit('root', null, '区政府'),
  unit('a', 'root', '机关事务管理中心', 1),
  unit('a1', 'a', '综合科'),
  unit('orphan', 'gone', '孤立单位', 5),
];

describe('buildUnitTree', () => {
  it('nests units under their parents in sort order; a unit with an unknown parent is a root', () => {
    const tree = buildUnitTree(units);
    expect(tree.map((node) => node.unit.id)).toEqual(['root', 'orphan']);
    expect(tree[0]?.children.map((node) => node.unit.id)).toEqual(['a', 'b']);
    expect(tree[0]?.children[0]?.children.map((node) => node.unit.id)).toEqual(['a1']);
  });
});

describe('subtreeIds', () => {
  it('is the unit and everything below it', () => {
    expect([...subtreeIds(units, 'a')].sort()).toEqual(['a', 'a1']);
    expect(subtreeIds(units, 'root').size).toBe(4);
  });
});
