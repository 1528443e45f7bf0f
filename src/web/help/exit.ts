/**
 * The quick exit: blanks the page at once and replaces it by a neutral site, so that the back
 * button never returns here. The button and Escape pressed twice within 1.5 s both do it.
 */

const DEFAULT_EXIT = 'https://www.google.com/';
let exitUrl = DEFAULT_EXIT;

export function setExitUrl(url: string | null | undefined): void {
  exitUrl = url && /^https:\/\//i.test(url) ? url : DEFAULT_EXIT;
}

export function quickExit(): void {
  document.title = '';
  document.body.replaceChildren();
  document.documentElement.style.background = '#fff';
  location.replace(exitUrl);
}

/** Escape twice within 1.5 s leaves the page, wherever the focus is. */
export function listenForEscape(): void {
  let last = Number.NEGATIVE_INFINITY;
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      const now = performance.now();
      if (now - last <= 1500) {
        event.preventDefault();
        quickExit();
      } else last = now;
    },
    true,
  );
}
