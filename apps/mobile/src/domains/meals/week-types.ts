import type { WeekView } from '@houqin/contracts';

export type WeekDay = WeekView['days'][number];
export type WeekMeal = WeekDay['meals'][number];
