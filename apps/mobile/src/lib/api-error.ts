import { PASSWORD_MIN_LENGTH } from '@houqin/contracts';
import { formatDateTime } from './format';
import { ApiError } from './http';
import { i18n } from './i18n';

/** A localized, user-facing message for any error: by code, else the server's message. */
export function parseApiError(err: unknown): string {
  if (!(err instanceof ApiError)) return i18n.t('errors.UNKNOWN');
  const lockedUntil = err.details.lockedUntil;
  if (typeof lockedUntil === 'string' && (err.code === 'ACCOUNT_LOCKED' || err.code === 'IP_LOCKED')) {
    return i18n.t(`errors.${err.code}_UNTIL`, { time: formatDateTime(lockedUntil) });
  }
  const key = `errors.${err.code}` as const;
  if (i18n.exists(key)) return i18n.t(key, { min: PASSWORD_MIN_LENGTH });
  return err.message || i18n.t('errors.UNKNOWN');
}

export interface FieldError {
  name: string;
  errors: string[];
}

/**
 * Splits an API error into messages for the given form fields (from `issues`, whose path is like
 * `body.username`) and a message for the whole form: the issues that name no field, or the error's own
 * message when it has no issues; null when every issue found its field.
 */
export function splitApiError(
  err: unknown,
  fields: readonly string[],
): { fields: FieldError[]; form: string | null } {
  if (!(err instanceof ApiError) || err.issues.length === 0) return { fields: [], form: parseApiError(err) };
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const issue of err.issues) {
    const name = issue.path.replace(/^body\./, '');
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), issue.message]);
    else rest.push(issue.message);
  }
  const fieldErrors = [...byField].map(([name, errors]) => ({ name, errors }));
  if (rest.length > 0) return { fields: fieldErrors, form: rest.join(' ') };
  return { fields: fieldErrors, form: null };
}
