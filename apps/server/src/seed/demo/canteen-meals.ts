import type { MealPeriod } from '@houqin/contracts';

/** 早餐 7:00–8:30 (book by 18:00 the day before), 午餐 11:30–13:00 (by 9:30), 晚餐 17:30–19:00 (by 14:00). */
export const threeMealPeriods: MealPeriod[] = [
  {
    meal: 'breakfast',
    servesFromMinute: 420,
    servesToMinute: 510,
    cutoffDayOffset: -1,
    cutoffMinute: 1080,
    priceStaffFen: 300,
    priceGuestFen: 1000,
    priceWalkInFen: 600,
  },
  {
    meal: 'lunch',
    servesFromMinute: 690,
    servesToMinute: 780,
    cutoffDayOffset: 0,
    cutoffMinute: 570,
    priceStaffFen: 1000,
    priceGuestFen: 3000,
    priceWalkInFen: 1500,
  },
  {
    meal: 'dinner',
    servesFromMinute: 1050,
    servesToMinute: 1140,
    cutoffDayOffset: 0,
    cutoffMinute: 840,
    priceStaffFen: 800,
    priceGuestFen: 2500,
    priceWalkInFen: 1200,
  },
];
