/** Every meal query starts with 'meals', so a booking change can refresh them all at once. */
export const mealKeys = {
  all: ['meals'] as const,
  canteens: ['meals', 'canteens'] as const,
  week: (canteenId: string, weekOf: string) => ['meals', 'week', canteenId, weekOf] as const,
  pass: ['meals', 'pass'] as const,
  people: (q: string) => ['meals', 'people', q] as const,
  units: ['meals', 'units'] as const,
  guestMeals: (from: string, to: string) => ['meals', 'guest-meals', from, to] as const,
  kitchen: (canteenId: string) => ['meals', 'kitchen', canteenId] as const,
};
