import { describe, expect, it } from 'vitest';
import { exportFilters, parseUserFilters } from './filters';
import { userStatus } from './status';

describe('parseUserFilters', () => {
  it('keeps what is valid from the address bar and drops the rest', () => {
    const filters = parseUserFilters(
      new URLSearchParams('q=%20王%20&role=auditor&active=maybe&page=0&pageSize=50'),
    );
    expect(filters).toEqual({
      q: '王',
      unitId: undefined,
      role: 'auditor',
      active: undefined,
      page: 1,
      pageSize: 50,
    });
    expect(parseUserFilters(new URLSearchParams('role=king')).role).toBeUndefined();
  });

  it('exports the same filters without paging', () => {
    const filters = parseUserFilters(new URLSearchParams('q=li&active=false&page=3'));
    expect(exportFilters(filters)).toEqual({ q: 'li', unitId: undefined, role: undefined, active: 'false' });
  });
});

describe('userStatus', () => {
  const now = Date.parse('2026-11-27T06:00:00Z');
  it('is disabled, locked (until the lock passes) or active', () => {
    expect(userStatus({ active: false, lockedUntil: '2026-11-27T07:00:00Z' }, now)).toBe('disabled');
    expect(userStatus({ active: true, lockedUntil: '2026-11-27T07:00:00Z' }, now)).toBe('locked');
    expect(userStatus({ active: true, lockedUntil: '2026-11-27T05:00:00Z' }, now)).toBe('active');
    expect(userStatus({ active: true, lockedUntil: null }, now)).toBe('active');
  });
});
