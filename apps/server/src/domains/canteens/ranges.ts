import { MAX_CANTEEN_RANGE_DAYS } from '@houqin/contracts';
import { AppError } from '../../platform/errors';
import { daysBetween } from '../../platform/zoned-time';

/** A from–to query of at most MAX_CANTEEN_RANGE_DAYS days; otherwise 400 naming query.to. */
export function assertRange(from: string, to: string, path = 'query.to'): void {
  const span = daysBetween(from, to) + 1;
  if (span < 1 || span > MAX_CANTEEN_RANGE_DAYS) {
    throw new AppError('VALIDATION_FAILED', { maxDays: MAX_CANTEEN_RANGE_DAYS }, [
      { path, message: `must be on or after from and at most ${MAX_CANTEEN_RANGE_DAYS} days after it` },
    ]);
  }
}
