import type { Canteen } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import {
  canteenValues,
  createCanteenInput,
  hhmmToMinute,
  minuteToHhmm,
  timeChoices,
  updateCanteenInput,
} from './canteen-form';

const canteen: Canteen = {
  id: 'c1',
  name: '财政局食堂',
  location: null,
  bookingMode: 'opt_out',
  servesAll: false,
  unitIds: ['u1', 'u2'],
  guestApprovalThreshold: 6,
  active: true,
  eligible: true,
  meals: [
    {
      meal: 'lunch',
      servesFromMinute: 690,
      servesToMinute: 780,
      cutoffDayOffset: 0,
      cutoffMinute: 570,
      priceStaffFen: 830,
      priceGuestFen: 2500,
      priceWalkInFen: 1550,
    },
  ],
};

describe('canteen form', () => {
  it('converts minutes of the day', () => {
    expect(minuteToHhmm(570)).toBe('09:30');
    expect(minuteToHhmm(0)).toBe('00:00');
    expect(hhmmToMinute('18:05')).toBe(1085);
    expect(timeChoices()).toHaveLength(288);
    expect(timeChoices().at(-1)).toBe('23:55');
  });

  it('shows a canteen with prices in yuan and unserved meals switched off', () => {
    const values = canteenValues(canteen);
    expect(values.meals.lunch).toEqual({
      served: true,
      servesFrom: '11:30',
      servesTo: '13:00',
      cutoffDayOffset: 0,
      cutoffTime: '09:30',
      priceStaff: 8.3,
      priceGuest: 25,
      priceWalkIn: 15.5,
    });
    expect(values.meals.breakfast.served).toBe(false);
    expect(values.location).toBe('');
  });

  it('sends the same canteen back in fen (round trip)', () => {
    const input = updateCanteenInput(canteenValues(canteen));
    expect(input.meals).toEqual(canteen.meals);
    expect(input).toMatchObject({ servesAll: false, unitIds: ['u1', 'u2'], location: null, active: true });
  });

  it('starts a new canteen with three meals, breakfast cut off the evening before', () => {
    const input = createCanteenInput({ ...canteenValues(), name: ' 新食堂 ', unitIds: ['u9'] });
    expect(input.name).toBe('新食堂');
    expect(input.meals.map((m) => m.meal)).toEqual(['breakfast', 'lunch', 'dinner']);
    expect(input.meals[0]).toMatchObject({ cutoffDayOffset: -1, cutoffMinute: 1080 });
    expect(input.unitIds).toEqual([]); // serving everyone: no unit list
    expect(input).not.toHaveProperty('active');
  });
});
