import { useQuery } from '@tanstack/react-query';
import { fetchProfile, profileQueryKey } from './api';

export function useProfile() {
  return useQuery({ queryKey: profileQueryKey, queryFn: fetchProfile });
}
