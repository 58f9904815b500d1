import type { SpacesImportError } from '@houqin/contracts';
import { isApiError } from '../../lib/api-error';

/** The row-by-row report of a refused file (422 SPACES_IMPORT_INVALID, `details.errors`), or null for any other failure. */
export function spacesImportErrors(error: unknown): SpacesImportError[] | null {
  if (!isApiError(error) || error.code !== 'SPACES_IMPORT_INVALID') return null;
  const errors = error.details.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { row, field, message } = entry as Record<string, unknown>;
    return [{ row: Number(row), field: String(field ?? ''), message: String(message ?? '') }];
  });
}
