import type { Session } from '@houqin/contracts';
import { createContext, useContext } from 'react';
import { type Capability, can } from '../../lib/permissions';

export const CurrentSessionContext = createContext<Session | null>(null);

/** The signed-in session, inside the console layout (where someone is always signed in). */
export function useCurrentSession(): Session {
  const session = useContext(CurrentSessionContext);
  if (!session) throw new Error('useCurrentSession outside of a signed-in page');
  return session;
}

/** Whether the signed-in user's roles allow a capability. */
export function useCan(): (capability: Capability) => boolean {
  const { user } = useCurrentSession();
  return (capability) => can(user.roles, capability);
}
