import type { Messages } from '../locales/zh-CN';

export type NavKey = keyof Messages['nav'];

/** Set on each console route: the trail after 首页 for the breadcrumbs (empty on the home page itself). */
export interface RouteHandle {
  crumbs: readonly NavKey[];
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && Array.isArray((value as RouteHandle).crumbs);
}
