import type { Building } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { filtersForNode, parseRoomFilters, selectedNodeKey } from './filters';
import { findSpace, toSpaceTree } from './tree';

const building: Building = {
  id: 'b1',
  name: 'A座',
  code: 'A',
  address: null,
  sort: 0,
  roomCount: 3,
  floors: [
    { id: 'f1', buildingId: 'b1', level: 1, name: '1F', roomCount: 1 },
    { id: 'f3', buildingId: 'b1', level: 3, name: '3F', roomCount: 2 },
    { id: 'fb', buildingId: 'b1', level: -1, name: 'B1', roomCount: 0 },
  ],
};

describe('toSpaceTree', () => {
  it('lists each building with its floors from the top down and their room counts', () => {
    const tree = toSpaceTree([building], (count) => `${count} 间`);
    expect(tree).toEqual([
      {
        key: 'building:b1',
        title: 'A座 · 3 间',
        children: [
          { key: 'floor:f3', title: '3F · 2 间' },
          { key: 'floor:f1', title: '1F · 1 间' },
          { key: 'floor:fb', title: 'B1 · 0 间' },
        ],
      },
    ]);
  });
});

describe('findSpace', () => {
  it('finds the building or the floor behind a key, and nothing for a vanished one', () => {
    expect(findSpace([building], 'building:b1')).toEqual({ kind: 'building', building });
    expect(findSpace([building], 'floor:f3')).toMatchObject({ kind: 'floor', floor: { name: '3F' } });
    expect(findSpace([building], 'floor:gone')).toBeUndefined();
    expect(findSpace([building], undefined)).toBeUndefined();
  });
});

describe('room filters', () => {
  it('keeps what is valid from the address bar', () => {
    expect(parseRoomFilters(new URLSearchParams('use=meeting&q=%20会%20&page=2&floorId=f1'))).toEqual({
      buildingId: undefined,
      floorId: 'f1',
      use: 'meeting',
      q: '会',
      page: 2,
      pageSize: 20,
    });
    expect(parseRoomFilters(new URLSearchParams('use=garage')).use).toBeUndefined();
  });

  it('moves between the tree and the filters, back to page 1', () => {
    const filters = parseRoomFilters(new URLSearchParams('q=x&page=4'));
    expect(filtersForNode(filters, 'floor:f1', 'b1')).toMatchObject({
      buildingId: 'b1',
      floorId: 'f1',
      page: 1,
      q: 'x',
    });
    expect(filtersForNode(filters, 'building:b1')).toMatchObject({
      buildingId: 'b1',
      floorId: undefined,
      page: 1,
    });
    expect(filtersForNode({ ...filters, buildingId: 'b1' }, undefined)).toMatchObject({
      buildingId: undefined,
    });
    expect(selectedNodeKey({ buildingId: 'b1', floorId: 'f1' })).toBe('floor:f1');
    expect(selectedNodeKey({ buildingId: 'b1' })).toBe('building:b1');
  });
});
