import type { User } from '@houqin/contracts';
import type { Tone } from '../../components/StatusTag';

export type UserStatus = 'active' | 'locked' | 'disabled';

export function userStatus(user: Pick<User, 'active' | 'lockedUntil'>, now = Date.now()): UserStatus {
  if (!user.active) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return 'locked';
  return 'active';
}

export const statusTone: Record<UserStatus, Tone> = {
  active: 'success',
  locked: 'warning',
  disabled: 'neutral',
};

export const statusLabel = {
  active: 'users.statusActive',
  locked: 'users.statusLocked',
  disabled: 'users.statusDisabled',
} as const satisfies Record<UserStatus, string>;
