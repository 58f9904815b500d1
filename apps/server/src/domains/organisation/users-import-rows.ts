import { createUserInputSchema, mobileSchema, type Role } from '@houqin/contracts';
import { assertPasswordPolicy } from '../../platform/auth/password';
import type { Locale } from '../../platform/i18n';
import { roleFromText } from './role-names';
import type { NewAccount } from './user-accounts';
import type { ImportField, ImportRow } from './users-import-file';
import { type ImportMessageKey, importMessage } from './users-import-messages';

export type ImportAccount = Omit<NewAccount, 'passwordHash' | 'unitId'> & { unitCode: string };

/** One row checked on its own; the keys let the cross-row checks run even on rows with other errors. */
export interface CheckedRow {
  row: number;
  /** set only when every field of the row is valid on its own */
  account: ImportAccount | undefined;
  password: string;
  /** lower-case username, when well-formed */
  usernameKey: string | undefined;
  employeeCode: string | undefined;
  unitCode: string | undefined;
}

export type RowProblem = { field: ImportField; message: string };

const shape = createUserInputSchema.shape;
const requiredFields = ['username', 'displayName', 'unitCode', 'roles', 'password'] as const;

/** Role codes or Chinese names, separated by commas (either width), 、, semicolons, slashes or spaces. */
export function splitRoles(text: string): string[] {
  return text.split(/[,，、;；/\s]+/).filter(Boolean);
}

/** Validates one row with the same schemas and password policy as the console form. */
export function checkRow(r: ImportRow, locale: Locale): { checked: CheckedRow; problems: RowProblem[] } {
  const v = r.values;
  const problems: RowProblem[] = [];
  const t = (key: ImportMessageKey, arg?: string) => importMessage(locale, key, arg);
  const fail = (field: ImportField, message: string) => problems.push({ field, message });

  for (const field of requiredFields) if (!v[field]) fail(field, t('required'));
  const username = shape.username.safeParse(v.username);
  if (v.username && !username.success) fail('username', t('badUsername'));
  const displayName = shape.displayName.safeParse(v.displayName);
  if (v.displayName && !displayName.success) fail('displayName', t('badDisplayName'));
  const mobile = v.mobile ? mobileSchema.safeParse(v.mobile) : undefined;
  if (mobile && !mobile.success) fail('mobile', t('badMobile'));
  const employeeCode = shape.employeeCode.safeParse(v.employeeCode || null);
  if (!employeeCode.success) fail('employeeCode', t('badEmployeeCode'));
  const roles: Role[] = [];
  for (const token of splitRoles(v.roles)) {
    const role = roleFromText(token);
    if (role) roles.push(role);
    else fail('roles', t('unknownRole', token));
  }
  if (v.password) {
    try {
      assertPasswordPolicy(v.password, v.username);
    } catch {
      fail('password', t('passwordPolicy'));
    }
  }

  const account: ImportAccount | undefined =
    problems.length === 0 && username.success && displayName.success && employeeCode.success
      ? {
          username: username.data,
          displayName: displayName.data,
          mobile: mobile?.success ? mobile.data : null,
          employeeCode: employeeCode.data ?? null,
          unitCode: v.unitCode,
          roles: [...new Set(roles)],
          mustChangePassword: true,
        }
      : undefined;
  return {
    checked: {
      row: r.row,
      account,
      password: v.password,
      usernameKey: username.success ? username.data.toLowerCase() : undefined,
      employeeCode: employeeCode.success ? (employeeCode.data ?? undefined) : undefined,
      unitCode: v.unitCode || undefined,
    },
    problems,
  };
}

/** For each key: the second and later rows holding it, and every row holding a key the database has. */
export function duplicateProblems(
  rows: CheckedRow[],
  key: (c: CheckedRow) => string | undefined,
  taken: Set<string>,
  messages: { taken: string; duplicate: (firstRow: number) => string },
): { row: number; message: string }[] {
  const found: { row: number; message: string }[] = [];
  const firstRow = new Map<string, number>();
  for (const c of rows) {
    const k = key(c);
    if (!k) continue;
    if (taken.has(k)) found.push({ row: c.row, message: messages.taken });
    const first = firstRow.get(k);
    if (first === undefined) firstRow.set(k, c.row);
    else found.push({ row: c.row, message: messages.duplicate(first) });
  }
  return found;
}
