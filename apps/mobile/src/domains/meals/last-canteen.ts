const STORAGE_KEY = 'houqin.meals.canteen';

/** The canteen chosen last on this device, so the usual one is there next time. */
export function storedCanteenId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeCanteenId(canteenId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, canteenId);
  } catch {
    // storage can be unavailable in some web views; the choice then lasts for this page only
  }
}
