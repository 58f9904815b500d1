import type { ChangePasswordInput, Profile, Session, UpdateProfileInput } from '@houqin/contracts';
import { api, setCsrfToken } from '../../lib/http';

export const profileQueryKey = ['me', 'profile'] as const;

export function fetchProfile(): Promise<Profile> {
  return api<Profile>('GET', '/api/me');
}

export function updateProfile(input: UpdateProfileInput): Promise<Profile> {
  return api<Profile>('PATCH', '/api/me', input);
}

/** Changing the password revokes the other sessions and issues this one a new CSRF token. */
export async function changePassword(input: ChangePasswordInput): Promise<Session> {
  const session = await api<Session>('POST', '/api/me/password', input);
  setCsrfToken(session.csrfToken);
  return session;
}
