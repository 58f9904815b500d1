import type { AppContext } from '../context';
import { forgetCalendarYears } from './days';
import { officialDays, officialYears } from './official';
import { syncOfficialDays } from './repository';

/**
 * Writes the package's official arrangement into calendar_days at every start (not in a
 * migration, so a newer package version updates it without one). Never overwrites days an
 * administrator set.
 */
export async function seedOfficialCalendar(ctx: AppContext): Promise<void> {
  const result = await syncOfficialDays(ctx.db, [...officialDays.values()], ctx.clock.now());
  if (result.written > 0 || result.removed > 0) {
    forgetCalendarYears(ctx, officialYears);
    ctx.log.info(result, 'official calendar days synchronised');
  }
}
