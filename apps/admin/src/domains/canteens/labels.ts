import type { GuestMeal } from '@houqin/contracts';
import type { Tone } from '../../components/StatusTag';

/** Guest order status colours, as on every list: pending orange, approved green, the rest grey or red. */
export const guestMealTone: Record<GuestMeal['status'], Tone> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  cancelled: 'neutral',
};

/** 0.1234 → `12.3%` */
export const formatRate = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
