import { type Equipment, equipmentKinds } from '@houqin/contracts';
import {
  addDays,
  isDate,
  isTime,
  minutesIntoDay,
  minutesToTime,
  roundUpMinutes,
  shanghaiDate,
  timeToMinutes,
} from '../../lib/zoned';

/** 会议室 home's search: kept in the address, so going back to it finds the same rooms. */
export interface FinderState {
  date: string;
  from: string;
  to: string;
  /** attendees; 0 = any */
  people: number;
  equipment: Equipment[];
  view: 'list' | 'timeline';
}

const LAST_START = 17 * 60;

/** Today from the next half hour for an hour; after 17:00 tomorrow 09:00–10:00. */
export function defaultFinderState(now: Date): FinderState {
  const today = shanghaiDate(now);
  const next = Math.max(8 * 60, roundUpMinutes(minutesIntoDay(now.toISOString(), today), 30));
  if (next > LAST_START) {
    return { date: addDays(today, 1), from: '09:00', to: '10:00', people: 0, equipment: [], view: 'list' };
  }
  return {
    date: today,
    from: minutesToTime(next),
    to: minutesToTime(next + 60),
    people: 0,
    equipment: [],
    view: 'list',
  };
}

export function readFinderState(params: URLSearchParams, now: Date): FinderState {
  const fallback = defaultFinderState(now);
  const date = params.get('date');
  const from = params.get('from');
  const to = params.get('to');
  const people = Number(params.get('people'));
  const equipment = (params.get('equipment') ?? '')
    .split(',')
    .filter((kind): kind is Equipment => (equipmentKinds as readonly string[]).includes(kind));
  const hasWindow = isTime(from) && isTime(to);
  return {
    date: isDate(date) ? date : fallback.date,
    from: hasWindow ? from : fallback.from,
    to: hasWindow ? to : fallback.to,
    people: Number.isInteger(people) && people > 0 && people <= 2000 ? people : 0,
    equipment,
    view: params.get('view') === 'timeline' ? 'timeline' : 'list',
  };
}

export function writeFinderState(state: FinderState): URLSearchParams {
  const params = new URLSearchParams({ date: state.date, from: state.from, to: state.to });
  if (state.people > 0) params.set('people', String(state.people));
  if (state.equipment.length > 0) params.set('equipment', state.equipment.join(','));
  if (state.view === 'timeline') params.set('view', 'timeline');
  return params;
}

/** A window the API accepts: both on the 5-minute grid and the end after the start. */
export const isValidWindow = (from: string, to: string): boolean =>
  isTime(from) &&
  isTime(to) &&
  timeToMinutes(from) % 5 === 0 &&
  timeToMinutes(to) % 5 === 0 &&
  timeToMinutes(from) < timeToMinutes(to);
