import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notificationPreferences } from './tables';

export interface PreferencesRow {
  webhookEnabled: boolean;
  emailEnabled: boolean;
  email: string | null;
}

/** No row yet means every channel on and no address. */
export const defaultPreferences: PreferencesRow = { webhookEnabled: true, emailEnabled: true, email: null };

export async function findPreferences(db: Executor, userId: string): Promise<PreferencesRow> {
  const [row] = await db
    .select({
      webhookEnabled: notificationPreferences.webhookEnabled,
      emailEnabled: notificationPreferences.emailEnabled,
      email: notificationPreferences.email,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row ?? defaultPreferences;
}

export async function upsertPreferences(
  db: Executor,
  userId: string,
  values: PreferencesRow,
  at: Date,
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, ...values, updatedAt: at })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...values, updatedAt: at } });
}
