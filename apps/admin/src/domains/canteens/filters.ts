import { MAX_CANTEEN_RANGE_DAYS, type Meal, meals } from '@houqin/contracts';
import { text } from '../../lib/use-url-filters';
import { addDays, beijingToday, isIsoDate, isIsoMonth, mondayOf, shiftMonth, spanDays } from './dates';

/**
 * Each canteen page keeps its filters in the address bar. A missing canteen means "the first one
 * in the list" (the page picks it), so a bare link still shows something.
 */

const mealOf = (value: string | null, fallback: Meal): Meal =>
  meals.includes(value as Meal) ? (value as Meal) : fallback;

/** 菜单: a canteen and the Monday of a week (this week by default). */
export function parseMenuFilters(params: URLSearchParams, now = new Date()) {
  const week = params.get('week');
  return {
    canteenId: text(params.get('canteenId')),
    week: mondayOf(isIsoDate(week) ? week : beijingToday(now)),
  };
}

/** 就餐人数: a canteen, a date (today) and a meal (lunch). */
export function parseHeadcountFilters(params: URLSearchParams, now = new Date()) {
  const date = params.get('date');
  return {
    canteenId: text(params.get('canteenId')),
    date: isIsoDate(date) ? date : beijingToday(now),
    meal: mealOf(params.get('meal'), 'lunch'),
  };
}

/**
 * 报餐统计: a range of at most MAX_CANTEEN_RANGE_DAYS days; by default the 30 days up to yesterday
 * (the statistics count days up to yesterday). An optional canteen; none means all canteens.
 */
export function parseStatsFilters(params: URLSearchParams, now = new Date()) {
  const from = params.get('from');
  const to = params.get('to');
  const canteenId = text(params.get('canteenId'));
  if (isIsoDate(from) && isIsoDate(to) && from <= to && spanDays(from, to) <= MAX_CANTEEN_RANGE_DAYS) {
    return { from, to, canteenId };
  }
  const yesterday = addDays(beijingToday(now), -1);
  return { from: addDays(yesterday, -29), to: yesterday, canteenId };
}

/** 月度结算: a month (last month by default) and an optional canteen. */
export function parseStatementFilters(params: URLSearchParams, now = new Date()) {
  const month = params.get('month');
  return {
    month: isIsoMonth(month) ? month : shiftMonth(beijingToday(now).slice(0, 7), -1),
    canteenId: text(params.get('canteenId')),
  };
}
