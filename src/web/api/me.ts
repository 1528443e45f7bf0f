import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { me as meSchema, type Me, setupStatus } from '../../core/platform/schemas.js';
import { changeLanguage } from '../i18n/index.js';
import { eraseThisDevice } from '../offline/remote-wipe.js';
import { forgetDeviceSession, lastSession, rememberSession } from '../offline/session.js';
import { api, isApiError, setCsrfToken } from './client.js';

export const meKey = ['me'] as const;
export const setupKey = ['setup'] as const;

/**
 * The signed-in user from the server. Without a connection, the user who last signed in on this
 * device (offline/session.ts), so that the installed app opens offline; the CSRF token is fetched
 * again with the first change sent once the connection returns.
 */
async function fetchMe(): Promise<Me> {
  try {
    const me = await api.get('/api/me', { schema: meSchema });
    setCsrfToken(me.csrfToken);
    void changeLanguage(me.user.language);
    void rememberSession(me);
    return me;
  } catch (error) {
    if (isApiError(error, 'network')) {
      const kept = await lastSession();
      if (kept) {
        void changeLanguage(kept.user.language);
        return kept;
      }
    }
    if (isApiError(error, 'unauthenticated')) void forgetDeviceSession();
    // A remote wipe: erase what this device keeps before anything else happens.
    if (isApiError(error, 'device_wiped')) await eraseThisDevice();
    throw error;
  }
}

/** The signed-in user; errors with 401 `unauthenticated` when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in user if already known (never fetches): for screens that work signed in or not. */
export function useKnownMe(): Me | undefined {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, enabled: false }).data;
}

export function storeMe(queryClient: QueryClient, me: Me): void {
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meKey, me);
  void changeLanguage(me.user.language);
  void rememberSession(me);
}

/** Remember the `me` answer of sign-in, set-up, invitation acceptance or a profile change. */
export function useStoreMe(): (me: Me) => void {
  const queryClient = useQueryClient();
  return useCallback((me: Me) => storeMe(queryClient, me), [queryClient]);
}

/** Forget everything about the session (after signing out, or when the server says it ended). */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  void forgetDeviceSession();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== setupKey[0] });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api.get('/api/setup', { schema: setupStatus }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
