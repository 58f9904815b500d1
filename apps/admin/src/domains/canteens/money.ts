/** Money comes from the API as integer fen (分); the console shows and takes yuan. */

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1250 → `¥12.50`, 1234567 → `¥12,345.67` (integer arithmetic, so no float rounding). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = grouping.format(Math.trunc(abs / 100));
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1250 → 12.5, for a yuan input field. */
export const fenToYuan = (fen: number): number => fen / 100;

/** 12.5 → 1250; a typed 8.3 (8.299999…) still becomes 830. */
export const yuanToFen = (yuan: number): number => Math.round(yuan * 100);
