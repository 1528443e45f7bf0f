/**
 * Worker threads for work that would hold up the API: writing a long export, anonymising the case
 * file. `runWorker` starts a worker module, hands it its data and answers the first message it
 * posts; `serveWorker` is the other end, in the worker module. Data crosses by structured clone;
 * big payloads should go as one buffer in the transfer list (`packJson` / `unpackJson`), which
 * moves it without copying.
 */
import { parentPort, type Transferable, Worker, workerData } from 'node:worker_threads';

/** Gives the event loop a turn (timers, I/O, other requests) in a long loop. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the worker module at `moduleUrl` (the built `.js` file, e.g.
 * `new URL('./write-worker.js', import.meta.url)`) with `data` as its `workerData`, and answers
 * the first message it posts. When Haven runs from its TypeScript source (tests), the `.ts` file
 * is loaded through tsx's loader (a development dependency) in an eval worker. An error thrown in
 * the worker rejects with that error (its own properties, such as `code`, kept); aborting `signal`
 * terminates the worker and rejects with the signal's reason.
 */
export function runWorker<T>(moduleUrl: URL, data: unknown, transferList: readonly Transferable[] = [], signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const fromSource = import.meta.url.endsWith('.ts');
  const options = { workerData: data, transferList: [...transferList] };
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href.replace(/\.js$/, '.ts'))}); })`, {
        ...options,
        eval: true,
      })
    : new Worker(moduleUrl, options);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      done();
    };
    const onAbort = () => {
      settle(() => reject(abortError(signal!)));
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (value: T) => settle(() => resolve(value)));
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the worker stopped with code ${code} before answering`))));
  });
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const err = new Error('The worker was stopped.', { cause: reason });
  err.name = 'AbortError';
  return err;
}

/** What a worker's handler answers: the value posted back, and the buffers to move rather than copy. */
export interface WorkerReply<T> {
  readonly value: T;
  readonly transferList?: readonly Transferable[];
}

/**
 * The body of a worker module: runs `handler` on the `workerData` and posts its answer to the
 * thread that started it. A handler that throws makes `runWorker` reject with its error. Call it
 * only from a module that is never imported but as a worker.
 */
export function serveWorker<I, O>(handler: (data: I) => WorkerReply<O> | Promise<WorkerReply<O>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker runs only in a worker thread');
  void Promise.resolve()
    .then(() => handler(workerData as I))
    .then(
      (reply) => port.postMessage(reply.value, [...(reply.transferList ?? [])]),
      (err: unknown) => {
        // Thrown outside the promise, so that the worker stops with it and `runWorker` rejects.
        setImmediate(() => {
          throw err;
        });
      },
    );
}

const encoder = new TextEncoder();

/**
 * Items as one JSON array in a buffer of its own (to transfer to a worker), built a few thousand
 * items at a time with a turn of the event loop in between, so that a long list does not hold up
 * the API. `onProgress` hears how many items are packed.
 */
export async function packJson(
  items: readonly unknown[],
  opts: { readonly chunk?: number; readonly signal?: AbortSignal; readonly onProgress?: (done: number) => void } = {},
): Promise<Uint8Array> {
  const chunk = opts.chunk ?? 2000;
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let start = 0; start < items.length; start += chunk) {
    opts.signal?.throwIfAborted();
    const end = Math.min(items.length, start + chunk);
    let text = start === 0 ? '' : ',';
    for (let i = start; i < end; i++) text += `${i === start ? '' : ','}${JSON.stringify(items[i]) ?? 'null'}`;
    const part = encoder.encode(text);
    parts.push(part);
    size += part.length;
    opts.onProgress?.(end);
    if (end < items.length) await yieldToEventLoop();
  }
  // A buffer of its own (never Node's shared pool), so that it can be transferred.
  const out = new Uint8Array(size + 2);
  out[0] = 0x5b; // [
  let at = 1;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  out[at] = 0x5d; // ]
  return out;
}

/** The items `packJson` packed. */
export function unpackJson<T>(bytes: Uint8Array): T[] {
  return JSON.parse(new TextDecoder().decode(bytes)) as T[];
}

/** A view's bytes in a buffer of their own, exactly as long, so that it can be transferred. */
export function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}
