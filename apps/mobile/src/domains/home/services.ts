import { CalendarOutline, CouponOutline } from 'antd-mobile-icons';
import type { ParseKeys } from 'i18next';
import type { ComponentType, SVGProps } from 'react';

export interface ServiceEntry {
  /** stable id, e.g. 'meeting' */
  key: string;
  /** i18n key of the title shown under the icon, e.g. 'services.meeting' */
  titleKey: ParseKeys;
  /** an antd-mobile-icons component */
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** route of the service's home, e.g. '/meeting' */
  path: string;
}

/**
 * The services shown on 首页, in order. Only services that exist are listed: each service module adds
 * its entry (and its title in both locales) when it ships.
 */
export const services: readonly ServiceEntry[] = [
  { key: 'meeting', titleKey: 'roomsHome.serviceTitle', icon: CalendarOutline, path: '/rooms' },
  { key: 'meals', titleKey: 'meals.serviceTitle', icon: CouponOutline, path: '/meals' },
];
