import { useEffect, useRef } from 'react';
import { type Blocker, useBlocker } from 'react-router';

/**
 * Keeps what was typed: leaving the page (a link, going back, closing the tab) while `dirty()`
 * holds is held up for the user to confirm.
 */
export function useLeaveGuard(dirty: () => boolean): Blocker {
  const check = useRef(dirty);
  check.current = dirty;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && check.current());
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (check.current()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  return blocker;
}
