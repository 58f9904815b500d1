import { isApiError } from '../../lib/api-error';

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

/** The row-by-row report of a 422 IMPORT_INVALID (`details.errors`), or null for any other failure. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!isApiError(error) || error.code !== 'IMPORT_INVALID') return null;
  const errors = error.details.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { row, field, message } = entry as Record<string, unknown>;
    return [{ row: Number(row), field: String(field ?? ''), message: String(message ?? '') }];
  });
}
