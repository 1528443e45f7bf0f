import { useCallback } from 'react';
import { type NavigateOptions, useSearchParams } from 'react-router';

/**
 * `useSearchParams`, with a setter whose updater is given the address as it is now. React Router
 * gives the updater the parameters of the last render, so two changes in quick succession (a
 * filter chosen while the debounced search text lands) would make the second undo the first.
 */
export function useSearchParamsNow(): [URLSearchParams, (update: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (fn: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => setParams(() => fn(new URLSearchParams(window.location.search)), options),
    [setParams],
  );
  return [params, update];
}
