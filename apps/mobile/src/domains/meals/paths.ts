/** The meal pages' addresses. */
export const MEALS_PATH = '/meals';
export const MEAL_LEAVE_PATH = '/meals/leave';
export const MEAL_PASS_PATH = '/meals/pass';
export const DUTY_MEALS_PATH = '/meals/duty';
export const GUEST_MEALS_PATH = '/meals/guests';
export const COUNTER_PATH = '/meals/counter';
export const KITCHEN_PATH = '/meals/kitchen';
