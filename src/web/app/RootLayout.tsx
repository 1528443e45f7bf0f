import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { onAuthEvent } from '../api/client.js';
import { forgetSession, useSetupStatus } from '../api/me.js';
import { eraseThisDevice } from '../offline/remote-wipe.js';
import type { ReturnState } from './guards.js';
import { PageLoader } from './ui/PageLoader.js';

const PUBLIC_PATHS = ['/setup', '/sign-in', '/invite/'];

export function isPublicPath(path: string): boolean {
  return PUBLIC_PATHS.some((prefix) => path === prefix || path.startsWith(prefix));
}

/**
 * Sends a fresh instance to first-run set-up, and reacts to the API saying the session
 * ended (to sign-in) or a second factor must be enrolled first (to enrolment).
 */
export function RootLayout() {
  const setup = useSetupStatus();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onAuthEvent((event) => {
        const { pathname, search } = window.location;
        if (event === 'device_wiped') {
          // Erased before leaving: nothing of what was kept here survives the wipe.
          void eraseThisDevice().finally(() => {
            forgetSession(queryClient);
            const state: ReturnState = { wiped: true };
            void navigate('/sign-in', { replace: true, state });
          });
        } else if (event === 'unauthenticated' && !isPublicPath(pathname)) {
          forgetSession(queryClient);
          const state: ReturnState = { from: pathname + search };
          void navigate('/sign-in', { replace: true, state });
        } else if (event === 'enrolment_required' && pathname !== '/enrol') {
          void navigate('/enrol', { replace: true });
        }
      }),
    [navigate, queryClient],
  );

  if (setup.isPending) return <PageLoader />;
  const needed = setup.data?.needed;
  if (needed === true && location.pathname !== '/setup') return <Navigate to="/setup" replace />;
  if (needed === false && location.pathname === '/setup') return <Navigate to="/" replace />;
  return <Outlet />;
}
