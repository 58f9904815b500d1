import { describe, expect, it } from 'vitest';
import { shortBuildingNames } from './room-names';

describe('shortBuildingNames', () => {
  it('drops what the buildings have in common', () => {
    const short = shortBuildingNames(['行政中心A座', '行政中心B座', '行政中心A座']);
    expect(short.get('行政中心A座')).toBe('A座');
    expect(short.get('行政中心B座')).toBe('B座');
    expect(short.size).toBe(2);
  });

  it('keeps whole names for one building or nothing in common', () => {
    expect(shortBuildingNames(['行政中心A座']).get('行政中心A座')).toBe('行政中心A座');
    expect(shortBuildingNames(['1号楼', '2号楼']).get('2号楼')).toBe('2号楼');
    expect(shortBuildingNames([]).size).toBe(0);
  });

  it('keeps whole names when one would be empty or a lone letter', () => {
    expect(shortBuildingNames(['综合楼', '综合楼附楼']).get('综合楼附楼')).toBe('综合楼附楼');
    expect(shortBuildingNames(['行政中心A', '行政中心B']).get('行政中心A')).toBe('行政中心A');
  });
});
