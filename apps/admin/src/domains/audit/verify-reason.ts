import i18n from '../../lib/i18n';

/**
 * The server explains a broken chain in English free text (apps/server/src/platform/audit/verify.ts);
 * the three kinds it knows are shown in the UI language, anything else as sent.
 */
export function localizeVerifyReason(reason: string): string {
  const lower = reason.toLowerCase();
  if (lower.includes('missing')) return i18n.t('audit.verifyReasons.missing');
  if (lower.includes('link')) return i18n.t('audit.verifyReasons.brokenLink');
  if (lower.includes('altered') || lower.includes('does not match'))
    return i18n.t('audit.verifyReasons.altered');
  return reason;
}
