import { type SlotStatus, slotStatuses } from '@houqin/contracts';

/**
 * What a refused booking says about its times: the slots a 409 ROOM_CONFLICT names
 * (details.conflicts) or the occurrences a 422 BOOKING_RULES_VIOLATED names with why
 * (details.occurrences), read defensively from the error's details.
 */
export interface ProblemSlot {
  startsAt: string;
  endsAt: string;
  status: SlotStatus;
}

export interface BookingProblems {
  kind: 'conflict' | 'rules';
  slots: ProblemSlot[];
}

interface ErrorLike {
  code: string;
  details: Record<string, unknown>;
}

const isErrorLike = (err: unknown): err is ErrorLike =>
  typeof err === 'object' &&
  err !== null &&
  typeof (err as ErrorLike).code === 'string' &&
  typeof (err as ErrorLike).details === 'object' &&
  (err as ErrorLike).details !== null;

function readSlots(value: unknown, fallback: SlotStatus): ProblemSlot[] {
  if (!Array.isArray(value)) return [];
  const slots: ProblemSlot[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { startsAt, endsAt, status } = item as Record<string, unknown>;
    if (typeof startsAt !== 'string' || typeof endsAt !== 'string') continue;
    const known = slotStatuses.includes(status as SlotStatus) ? (status as SlotStatus) : fallback;
    slots.push({ startsAt, endsAt, status: known });
  }
  return slots;
}

export function bookingProblems(err: unknown): BookingProblems | null {
  if (!isErrorLike(err)) return null;
  if (err.code === 'ROOM_CONFLICT') {
    return { kind: 'conflict', slots: readSlots(err.details.conflicts, 'conflict') };
  }
  if (err.code === 'BOOKING_RULES_VIOLATED') {
    // the free ones are listed too, so the user sees the whole series; only the others are problems
    const slots = readSlots(err.details.occurrences, 'conflict').filter((slot) => slot.status !== 'free');
    return { kind: 'rules', slots };
  }
  return null;
}

/** Counts of a preview's occurrences: how many can be booked and how many cannot. */
export function previewSummary(slots: readonly { status: SlotStatus }[]): { free: number; blocked: number } {
  const free = slots.filter((slot) => slot.status === 'free').length;
  return { free, blocked: slots.length - free };
}
