import type { Meal, MealPeriod } from '@houqin/contracts';
import { shanghaiIso, shanghaiTime } from '../../lib/zoned';

/** What is left before a cutoff, in whole minutes (rounded down), split for display. */
export interface TimeLeft {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
}

export function timeLeft(cutoffAt: string, now: Date): TimeLeft {
  const ms = Date.parse(cutoffAt) - now.getTime();
  if (ms <= 0) return { passed: true, days: 0, hours: 0, minutes: 0 };
  const total = Math.floor(ms / 60_000);
  return {
    passed: false,
    days: Math.floor(total / 1440),
    hours: Math.floor((total % 1440) / 60),
    minutes: total % 60,
  };
}

/** Minutes after midnight in Shanghai. */
export function shanghaiMinute(now: Date): number {
  const [h, m] = shanghaiTime(now).split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The meal a counter most likely serves now: the first whose serving window has not ended yet
 * today (so between breakfast and lunch it is lunch), else the day's last meal.
 */
export function mealAt(periods: readonly MealPeriod[], now: Date): Meal | null {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort((a, b) => a.servesFromMinute - b.servesFromMinute);
  const minute = shanghaiMinute(now);
  return (sorted.find((p) => minute < p.servesToMinute) ?? sorted[sorted.length - 1])?.meal ?? null;
}

/** The meal a form is for: the one picked while the canteen serves it, else the one served now (lunch if none). */
export function pickedOrCurrentMeal(periods: readonly MealPeriod[], picked: Meal | null, now: Date): Meal {
  if (picked && periods.some((p) => p.meal === picked)) return picked;
  return mealAt(periods, now) ?? 'lunch';
}

/** Has the meal's serving window ended ('HH:MM' on the date, Shanghai)? Its dishes can then be rated. */
export function mealEnded(date: string, servesTo: string, now: Date): boolean {
  return Date.parse(shanghaiIso(date, servesTo)) <= now.getTime();
}
