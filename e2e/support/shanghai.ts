// Shanghai dates for E2E flows: the test process runs in America/St_Johns, the app in Asia/Shanghai.

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has no daylight saving time

/** The Shanghai date (YYYY-MM-DD) of an instant. */
export const shanghaiDate = (at: Date) =>
  new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The Shanghai wall-clock minutes after midnight of an instant. */
export const shanghaiMinutes = (at: Date) => {
  const wall = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return wall.getUTCHours() * 60 + wall.getUTCMinutes();
};

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
