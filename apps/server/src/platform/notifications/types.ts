/**
 * Notification types. A module names its types ("room.booking_approved") and may register one as
 * essential: an essential type goes out on every configured channel even where the user turned
 * that channel off (e.g. "account.password_reset"). Registration happens at import time.
 */
const essentialTypes = new Set<string>();

const typePattern = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

export function isValidNotificationType(type: string): boolean {
  return typePattern.test(type) && type.length <= 100;
}

/** Declares a notification type; `essential` ones cannot be turned off. Returns the type for reuse. */
export function defineNotificationType<T extends string>(type: T, options: { essential?: boolean } = {}): T {
  if (!isValidNotificationType(type)) throw new Error(`bad notification type "${type}"`);
  if (options.essential) essentialTypes.add(type);
  return type;
}

export function isEssentialType(type: string): boolean {
  return essentialTypes.has(type);
}

export function listEssentialTypes(): string[] {
  return [...essentialTypes].sort();
}
