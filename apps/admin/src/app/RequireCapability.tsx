import type { ReactNode } from 'react';
import { useCan } from '../domains/auth/current-session';
import type { Capability } from '../lib/permissions';
import { lazyPage } from './lazy-page';

const Forbidden = lazyPage(() => import('./Forbidden'), 'Forbidden');

/** A page for some roles only; others see 无权访问. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const can = useCan();
  return can(capability) ? children : <Forbidden />;
}
