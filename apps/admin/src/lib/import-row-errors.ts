import type { ErrorCode } from '@houqin/contracts';
import { isApiError } from './api-error';

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

/** The codes of a refused import file, whose `details.errors` lists the rows to fix. */
export type ImportInvalidCode = Extract<ErrorCode, 'IMPORT_INVALID' | 'SPACES_IMPORT_INVALID'>;

/** The row-by-row report of a refused file (422 with `code`, `details.errors`), or null for any other failure. */
export function importRowErrors(error: unknown, code: ImportInvalidCode): ImportRowError[] | null {
  if (!isApiError(error) || error.code !== code) return null;
  const errors = error.details.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { row, field, message } = entry as Record<string, unknown>;
    return [{ row: Number(row), field: String(field ?? ''), message: String(message ?? '') }];
  });
}
