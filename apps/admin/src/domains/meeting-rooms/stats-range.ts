import { addDays, beijingToday } from './time';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string | null): value is string =>
  value !== null && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The statistics range from the address bar; the last 30 days (today included) when absent or invalid. */
export function parseStatsRange(
  params: URLSearchParams,
  now: Date = new Date(),
): { from: string; to: string } {
  const from = params.get('from');
  const to = params.get('to');
  if (validDate(from) && validDate(to) && from <= to) return { from, to };
  const today = beijingToday(now);
  return { from: addDays(today, -29), to: today };
}
