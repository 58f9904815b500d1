import { CronExpressionParser } from 'cron-parser';

/** Throws a readable error for an expression cron-parser cannot read (checked at definition time). */
export function assertValidCron(cron: string): void {
  try {
    CronExpressionParser.parse(cron, { tz: 'UTC', strict: false });
  } catch (err) {
    throw new Error(`invalid cron expression "${cron}": ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * The first time strictly after `after` that `cron` names, reading its fields as wall time in
 * `timeZone` (an IANA zone: the deployment's, whatever the process TZ is).
 */
export function nextOccurrence(cron: string, timeZone: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { tz: timeZone, currentDate: after }).next().toDate();
}
