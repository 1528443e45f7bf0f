import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, put keyboard and screen-reader focus on the main content
 * (the first heading), as a full page load would. The first page keeps the browser's focus.
 */
export function useFocusOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const main = document.getElementById(mainId);
    if (!main) return;
    // Wait a frame so that a lazily loaded page has rendered its heading.
    const frame = requestAnimationFrame(() => {
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else {
        main.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, mainId]);
}
