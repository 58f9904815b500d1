import type { Role } from '@houqin/contracts';
import { allRoles } from '../../lib/roles';
import { positiveInt, text } from '../../lib/use-url-filters';

/** ListUsersQuery as the users page keeps it in the address bar. */
export type UserFilters = {
  q?: string;
  unitId?: string;
  role?: Role;
  active?: 'true' | 'false';
  page: number;
  pageSize: number;
};

export function parseUserFilters(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  const active = params.get('active');
  return {
    q: text(params.get('q')),
    unitId: text(params.get('unitId')),
    role: allRoles.find((known) => known === role),
    active: active === 'true' || active === 'false' ? active : undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

/** The same filters without paging, for 导出 Excel. */
export function exportFilters({ page: _page, pageSize: _pageSize, ...filters }: UserFilters) {
  return filters;
}
