import { type Role, roleLabels, roles, textsIn } from '@houqin/contracts';

/** Chinese role names, as the console shows them and as spreadsheets use them (from contracts' roleLabels). */
export const roleNamesZh: Record<Role, string> = textsIn(roleLabels, 'zh-CN');

/** Other names people write in spreadsheets for the same roles. */
const aliases: Record<string, Role> = {
  普通职工: 'staff',
  员工: 'staff',
  食堂人员: 'canteen_staff',
  维修人员: 'technician',
  维修员: 'technician',
  前台: 'reception',
  门卫: 'reception',
  车队调度: 'fleet_dispatcher',
  调度员: 'fleet_dispatcher',
  审计员: 'auditor',
  纪检: 'auditor',
};

const byName = new Map<string, Role>([
  ...roles.map((r) => [r, r] as const),
  ...roles.map((r) => [roleNamesZh[r], r] as const),
  ...Object.entries(aliases),
]);

/** A role from its code (any case) or Chinese name; undefined when unknown. */
export function roleFromText(text: string): Role | undefined {
  const t = text.trim();
  return byName.get(t) ?? byName.get(t.toLowerCase());
}

export const roleListZh = (list: readonly string[]) =>
  list.map((r) => (r in roleNamesZh ? roleNamesZh[r as Role] : r)).join('、');
