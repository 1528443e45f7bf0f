/**
 * Haven's service worker: the app itself (HTML, scripts, styles, translations) is kept in the
 * browser's cache so that it opens without a connection, on a phone in the street or a basement
 * shelter. Nothing from the API is ever cached here: records stay on the server, and what a worker
 * saves offline is in the encrypted vault (offline/vault.ts), not in this cache.
 *
 * The list of files is written into this script at build time (vite.config.ts), with a version
 * that changes with any file; a new version is installed beside the old one and takes over when
 * no page uses the old one any more, so a running page never loses the files it was built with.
 *
 * This file is built on its own (no imports) and runs in the service worker's scope.
 */

interface Manifest {
  version: string;
  files: string[];
}

// Replaced at build time by the list of the build's files (see vite.config.ts).
const manifest = JSON.parse('__HAVEN_PRECACHE__') as Manifest;
const CACHE = `haven-app-${manifest.version}`;
const APP_SHELL = '/';
const HELP_PAGE = '/help.html';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  clients: { claim(): Promise<void> };
}
const worker = self as unknown as WorkerScope;

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([APP_SHELL, ...manifest.files.map((f) => new Request(f, { cache: 'reload' }))])));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('haven-app-') && name !== CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

const precached = new Set(manifest.files);

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  // The API and metrics always go to the network: never a cached answer, never personal data here.
  if (url.pathname.startsWith('/api/') || url.pathname === '/metrics') return;

  if (request.mode === 'navigate') {
    // The page itself: fresh from the server when it answers, the kept app shell when it does not.
    // The public help page (/help) has its own kept page.
    const shell = url.pathname.replace(/\/$/, '') === '/help' && precached.has(HELP_PAGE) ? HELP_PAGE : APP_SHELL;
    event.respondWith(fetch(request).catch(async () => (await caches.match(shell, { cacheName: CACHE })) ?? Response.error()));
    return;
  }
  if (precached.has(url.pathname)) {
    // Built files never change under their name: the kept copy is the right one.
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});
