import { type ClientErrorCode, isApiError } from './api-error';
import { formatDateTime } from './format';
import i18n from './i18n';

function messageForCode(code: ClientErrorCode, serverMessage: string): string {
  const messages: Partial<Record<string, string>> = i18n.t('errors', { returnObjects: true });
  return messages[code] ?? (serverMessage || i18n.t('errors.UNKNOWN'));
}

/** A sentence for the user, localized by error code; the server's own message only for codes we don't know. */
export function parseApiError(error: unknown): string {
  if (!isApiError(error)) return i18n.t('errors.UNKNOWN');
  const text = messageForCode(error.code, error.message);
  const lockedUntil = error.details.lockedUntil;
  if (typeof lockedUntil === 'string') {
    const space = i18n.language === 'en' ? ' ' : '';
    return `${text}${space}${i18n.t('errorDetails.lockedUntil', { time: formatDateTime(lockedUntil) })}`;
  }
  return text;
}

/** A field-level validation message: ours when we have one for it, otherwise the server's. */
export function localizeIssue(message: string): string {
  const key = `issues.${message}`;
  return i18n.exists(key) ? i18n.t(key as 'issues.mobile') : message;
}
