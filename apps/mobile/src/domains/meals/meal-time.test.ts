import type { MealPeriod } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { mealAt, mealEnded, pickedOrCurrentMeal, shanghaiMinute, timeLeft } from './meal-time';

const period = (meal: MealPeriod['meal'], from: number, to: number): MealPeriod => ({
  meal,
  servesFromMinute: from,
  servesToMinute: to,
  cutoffDayOffset: 0,
  cutoffMinute: 0,
  priceStaffFen: 0,
  priceGuestFen: 0,
  priceWalkInFen: 0,
});
const three = [period('lunch', 690, 780), period('breakfast', 420, 510), period('dinner', 1050, 1140)];

describe('timeLeft', () => {
  const cutoff = '2026-11-27T01:30:00.000Z'; // 09:30 in Shanghai
  it('splits the minutes left, rounded down', () => {
    expect(timeLeft(cutoff, new Date('2026-11-26T23:14:30Z'))).toEqual({
      passed: false,
      days: 0,
      hours: 2,
      minutes: 15,
    });
    expect(timeLeft(cutoff, new Date('2026-11-25T00:00:00Z'))).toMatchObject({ days: 2, hours: 1 });
  });
  it('is passed from the cutoff minute on', () => {
    expect(timeLeft(cutoff, new Date(cutoff)).passed).toBe(true);
    expect(timeLeft(cutoff, new Date('2026-11-27T01:29:30Z'))).toEqual({
      passed: false,
      days: 0,
      hours: 0,
      minutes: 0,
    });
  });
});

describe('mealAt (Shanghai wall clock, whatever the process zone)', () => {
  it('picks the meal being served or next today', () => {
    expect(shanghaiMinute(new Date('2026-11-26T23:47:00Z'))).toBe(7 * 60 + 47);
    expect(mealAt(three, new Date('2026-11-26T23:47:00Z'))).toBe('breakfast'); // 07:47
    expect(mealAt(three, new Date('2026-11-27T01:00:00Z'))).toBe('lunch'); // 09:00
    expect(mealAt(three, new Date('2026-11-27T04:30:00Z'))).toBe('lunch'); // 12:30
    expect(mealAt(three, new Date('2026-11-27T06:00:00Z'))).toBe('dinner'); // 14:00
    expect(mealAt(three, new Date('2026-11-27T13:00:00Z'))).toBe('dinner'); // 21:00
  });
  it('copes with one meal or none', () => {
    expect(mealAt([period('lunch', 690, 780)], new Date('2026-11-26T23:00:00Z'))).toBe('lunch');
    expect(mealAt([], new Date())).toBeNull();
  });
});

describe('pickedOrCurrentMeal', () => {
  const nine = new Date('2026-11-27T01:00:00Z'); // 09:00 in Shanghai
  it('keeps the picked meal while the canteen serves it', () => {
    expect(pickedOrCurrentMeal(three, 'dinner', nine)).toBe('dinner');
  });
  it('falls back to the meal served now, or lunch', () => {
    expect(pickedOrCurrentMeal(three, null, nine)).toBe('lunch');
    expect(pickedOrCurrentMeal([period('breakfast', 420, 510)], 'dinner', nine)).toBe('breakfast');
    expect(pickedOrCurrentMeal([], null, nine)).toBe('lunch');
  });
});

describe('mealEnded', () => {
  it('compares the end of serving in Shanghai', () => {
    expect(mealEnded('2026-11-27', '13:00', new Date('2026-11-27T04:59:00Z'))).toBe(false);
    expect(mealEnded('2026-11-27', '13:00', new Date('2026-11-27T05:00:00Z'))).toBe(true);
  });
});
