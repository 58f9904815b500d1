import { positiveInt, text } from '../../lib/use-url-filters';

/** ListAuditQuery as the audit page keeps it in the address bar. */
export type AuditFilters = {
  actorId?: string;
  unitId?: string;
  entityType?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  return {
    actorId: text(params.get('actorId')),
    unitId: text(params.get('unitId')),
    entityType: text(params.get('entityType')),
    action: text(params.get('action')),
    from: text(params.get('from')),
    to: text(params.get('to')),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

/** The same filters without paging, for 导出 Excel. */
export function exportFilters({ page: _page, pageSize: _pageSize, ...filters }: AuditFilters) {
  return filters;
}
