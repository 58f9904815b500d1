/** One office-hours window of a workday, in minutes after local midnight (e.g. 08:30 → 510). */
export interface OfficeWindow {
  start: number;
  end: number;
}

export const DEFAULT_OFFICE_HOURS = '08:30-12:00,13:30-17:30';

const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;

/**
 * Parses OFFICE_HOURS, e.g. "08:30-12:00,13:30-17:30": windows in the deployment zone, in order,
 * not overlapping. Returns the windows, or what is wrong with the text.
 */
export function parseOfficeHours(text: string): { windows: OfficeWindow[] } | { error: string } {
  const windows: OfficeWindow[] = [];
  for (const part of text.split(',')) {
    const match = WINDOW.exec(part.trim());
    if (!match) return { error: `"${part.trim()}" is not HH:MM-HH:MM (e.g. ${DEFAULT_OFFICE_HOURS})` };
    const start = Number(match[1]) * 60 + Number(match[2]);
    const end = Number(match[3]) * 60 + Number(match[4]);
    if (end > 24 * 60) return { error: `"${part.trim()}" must end by 24:00` };
    if (end <= start) return { error: `"${part.trim()}" must end after it starts` };
    const previous = windows.at(-1);
    if (previous && start < previous.end) {
      return { error: `"${part.trim()}" overlaps or precedes the window before it` };
    }
    windows.push({ start, end });
  }
  return { windows };
}
