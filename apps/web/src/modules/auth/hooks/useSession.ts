import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, onUnauthenticated } from '../../shared/api/http-client';
import { fetchSession, type SessionUser } from '../api/auth.api';

export const SESSION_KEY = ['session'] as const;

/** The logged-in user, or null when the server answers 401. */
export function useSession(): { user: SessionUser | null; loading: boolean; error: unknown } {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return (await fetchSession()).user;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
  // Any 401 elsewhere means the session expired: forget the user so the login page shows.
  useEffect(() => onUnauthenticated(() => client.setQueryData(SESSION_KEY, null)), [client]);
  return { user: query.data ?? null, loading: query.isPending, error: query.error };
}
