const emailPattern = /[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
const mobilePattern = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;

/**
 * An error as text for the delivery list and the log, with e-mail addresses and mobile numbers
 * masked (SMTP servers like to quote the rejected recipient) and its cause's code appended.
 */
export function describeDeliveryError(err: unknown): string {
  let text =
    err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') text += ` (${cause.code})`;
  return text
    .replace(emailPattern, (_m, domain: string) => `***@${domain}`)
    .replace(mobilePattern, '***********')
    .slice(0, 500);
}
