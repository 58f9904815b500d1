import type { ListUsersQuery } from '@houqin/contracts';
import type { Caller, Scope } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { type ExcelColumn, type ExcelExport, toExcelDate } from '../../platform/excel';
import { userReadScope } from './policy';
import { roleListZh, roleNamesZh } from './role-names';
import { findUnitById } from './units-repository';
import { iterateUsers, type UserFilters, type UserRecord } from './users-repository';
import { filtersOf } from './users-service';

const DATE_TIME = 'yyyy-mm-dd hh:mm';

/** "2026-11-27 09:30" in the deployment zone. */
function wallText(instant: Date, timeZone: string): string {
  return toExcelDate(instant, timeZone).toISOString().slice(0, 16).replace('T', ' ');
}

function columns(now: Date, timeZone: string): ExcelColumn<UserRecord>[] {
  const at = (d: Date | null) => (d ? toExcelDate(d, timeZone) : null);
  return [
    { header: '用户名', width: 16, value: (u) => u.username },
    { header: '姓名', width: 12, value: (u) => u.displayName },
    { header: '手机', width: 15, value: (u) => u.mobileMasked },
    { header: '工号', width: 12, value: (u) => u.employeeCode },
    { header: '单位', width: 24, value: (u) => u.unitName },
    { header: '角色', width: 30, value: (u) => roleListZh(u.roles) },
    { header: '状态', width: 8, value: (u) => (u.active ? '启用' : '停用') },
    {
      header: '锁定至',
      width: 18,
      numFmt: DATE_TIME,
      value: (u) => (u.lockedUntil && u.lockedUntil > now ? at(u.lockedUntil) : null),
    },
    { header: '最近登录', width: 18, numFmt: DATE_TIME, value: (u) => at(u.lastLoginAt) },
    { header: '创建时间', width: 18, numFmt: DATE_TIME, value: (u) => at(u.createdAt) },
  ];
}

/** The title row names the scope and every filter, so a printed sheet says what it lists. */
async function titleOf(ctx: AppContext, scope: Scope, filters: UserFilters, now: Date): Promise<string> {
  const parts: string[] = [];
  if (scope.kind === 'unit') {
    const unit = await findUnitById(ctx.db, { id: scope.unitId });
    parts.push(`范围：本单位（${unit?.name ?? scope.unitId}）`);
  }
  if (filters.unitId) {
    const unit = await findUnitById(ctx.db, { id: filters.unitId });
    parts.push(`单位：${unit?.name ?? filters.unitId}`);
  }
  if (filters.role) parts.push(`角色：${roleNamesZh[filters.role]}`);
  if (filters.active !== undefined) parts.push(`状态：${filters.active ? '启用' : '停用'}`);
  if (filters.q) parts.push(`关键字：${filters.q}`);
  const filterText = parts.length > 0 ? parts.join('；') : '全部';
  return `用户列表（${filterText}）  导出时间：${wallText(now, ctx.config.timeZone)}`;
}

/** The user list as a workbook: the same scope and filters as GET /api/admin/users, every page. */
export async function exportUsers(
  ctx: AppContext,
  caller: Caller,
  query: Omit<ListUsersQuery, 'page' | 'pageSize'>,
): Promise<ExcelExport<UserRecord>> {
  const scope = userReadScope(caller);
  const filters = filtersOf(query);
  const now = ctx.clock.now();
  const day = wallText(now, ctx.config.timeZone).slice(0, 10).replaceAll('-', '');
  return {
    filename: `用户列表-${day}.xlsx`,
    sheetName: '用户',
    title: await titleOf(ctx, scope, filters, now),
    columns: columns(now, ctx.config.timeZone),
    rows: iterateUsers(ctx.db, { scope, filters }),
  };
}
