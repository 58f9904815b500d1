import type { ImportReport } from '@houqin/contracts';
import type { Caller } from '../../platform/auth/actor';
import { hashPassword } from '../../platform/auth/password';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { ExcelExport } from '../../platform/excel';
import type { Locale } from '../../platform/i18n';
import { assertCanManageOrganisation } from './policy';
import { findUnitIdsByCodes } from './units-repository';
import { insertAccounts, type NewAccount, userWriteError } from './user-accounts';
import {
  type ImportField,
  importColumns,
  readUpload,
  rowsOfSheet,
  type UploadedFile,
  userImportTemplate,
} from './users-import-file';
import { type ImportMessageKey, importMessage } from './users-import-messages';
import { type CheckedRow, checkRow, duplicateProblems } from './users-import-rows';
import { findTakenEmployeeCodes, findTakenUsernames } from './users-repository';

export const MAX_IMPORT_ROWS = 2_000;
const HASH_CONCURRENCY = 4;

type ImportError = ImportReport['errors'][number];

/** The template for the import (sysadmin only, like the import itself). */
export function getImportTemplate(caller: Caller): ExcelExport<string[]> {
  assertCanManageOrganisation(caller);
  return userImportTemplate();
}

/**
 * Imports users from an .xlsx or .csv upload. Every row is checked (fields, unit codes, usernames
 * and employee codes unique in the file and in the database, password policy) and every problem
 * reported by row and column; any problem imports nothing. Otherwise all users are created in one
 * transaction, each with its own audit entry, and must change the initial password at first sign-in.
 */
export async function importUsers(
  ctx: AppContext,
  caller: Caller,
  upload: () => Promise<UploadedFile>,
  locale: Locale,
): Promise<ImportReport> {
  assertCanManageOrganisation(caller);
  const { headerRow, rows, missing } = rowsOfSheet(await readUpload(await upload()));
  const errors: ImportError[] = [];
  const fail = (row: number, field: ImportField | '', message: string) =>
    errors.push({ row, field: field ? importColumns[field] : '', message });
  const t = (key: ImportMessageKey, arg?: string) => importMessage(locale, key, arg);
  const refuse = () => {
    errors.sort((a, b) => a.row - b.row);
    return new AppError('IMPORT_INVALID', { errors });
  };

  for (const field of missing) fail(headerRow, field, t('missingColumn', importColumns[field]));
  if (missing.length === 0 && rows.length === 0) fail(headerRow, '', t('noRows'));
  if (rows.length > MAX_IMPORT_ROWS) fail(headerRow, '', t('tooManyRows', String(MAX_IMPORT_ROWS)));
  if (errors.length > 0) throw refuse();

  const checked: CheckedRow[] = [];
  for (const r of rows) {
    const result = checkRow(r, locale);
    checked.push(result.checked);
    for (const p of result.problems) fail(r.row, p.field, p.message);
  }

  const unitIds = await findUnitIdsByCodes(ctx.db, {
    codes: [...new Set(checked.flatMap((c) => (c.unitCode ? [c.unitCode] : [])))],
  });
  for (const c of checked) {
    if (c.unitCode && !unitIds.has(c.unitCode)) fail(c.row, 'unitCode', t('unknownUnit', c.unitCode));
  }
  const names = checked.flatMap((c) => (c.usernameKey ? [c.usernameKey] : []));
  const codes = checked.flatMap((c) => (c.employeeCode ? [c.employeeCode] : []));
  const [takenNames, takenCodes] = [
    await findTakenUsernames(ctx.db, { usernames: names }),
    await findTakenEmployeeCodes(ctx.db, { codes }),
  ];
  const duplicate = (first: number) => t('duplicate', String(first));
  for (const p of duplicateProblems(checked, (c) => c.usernameKey, takenNames, {
    taken: t('usernameTaken'),
    duplicate,
  })) {
    fail(p.row, 'username', p.message);
  }
  for (const p of duplicateProblems(checked, (c) => c.employeeCode, takenCodes, {
    taken: t('employeeCodeTaken'),
    duplicate,
  })) {
    fail(p.row, 'employeeCode', p.message);
  }
  if (errors.length > 0) throw refuse();

  const accounts = await hashAll(checked, unitIds);
  try {
    await ctx.db.transaction((tx) => insertAccounts(ctx, tx, caller, accounts, 'user.imported'));
  } catch (err) {
    throw userWriteError(err);
  }
  return { imported: accounts.length, errors: [] };
}

/** argon2 runs on the libuv pool: a few at a time, before the transaction opens. */
async function hashAll(rows: CheckedRow[], unitIds: Map<string, string>): Promise<NewAccount[]> {
  const accounts: NewAccount[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < rows.length; i = next++) {
      const r = rows[i];
      if (!r?.account) throw new Error(`import row ${r?.row} was not checked`);
      const { unitCode, ...rest } = r.account;
      const unitId = unitIds.get(unitCode);
      if (!unitId) throw new Error(`import row ${r.row}: unit ${unitCode} vanished`);
      accounts[i] = { ...rest, unitId, passwordHash: await hashPassword(r.password) };
    }
  };
  await Promise.all(Array.from({ length: HASH_CONCURRENCY }, worker));
  return accounts;
}
