import dayjs, { type Dayjs } from 'dayjs';

/**
 * The picker shows wall-clock times, which mean Beijing time whatever the browser's zone:
 * `2026-11-27 14:05` → `2026-11-27T14:05:00.000+08:00` (from) or `…14:05:59.999+08:00` (to).
 */
export function toShanghaiIso(value: Dayjs, edge: 'from' | 'to'): string {
  const seconds = edge === 'from' ? ':00.000' : ':59.999';
  return `${value.format('YYYY-MM-DDTHH:mm')}${seconds}+08:00`;
}

/** Back from the address bar to the wall-clock time the picker shows. */
export function fromShanghaiIso(iso: string | undefined): Dayjs | null {
  if (!iso) return null;
  const value = dayjs(iso.slice(0, 16));
  return value.isValid() ? value : null;
}
