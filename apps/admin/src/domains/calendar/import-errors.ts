import { isApiError } from '../../lib/api-error';

export interface ImportLineError {
  line: number;
  text: string;
  message: string;
}

/** The line report of a refused import (422 CALENDAR_IMPORT_INVALID, details.errors), else none. */
export function importLineErrors(error: unknown): ImportLineError[] {
  if (!isApiError(error) || error.code !== 'CALENDAR_IMPORT_INVALID') return [];
  const errors = error.details.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is ImportLineError =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as ImportLineError).line === 'number' &&
      typeof (e as ImportLineError).text === 'string' &&
      typeof (e as ImportLineError).message === 'string',
  );
}
