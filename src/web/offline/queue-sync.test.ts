import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.js';
import { failedSend, queueSync } from './queue-sync.js';

describe('a device queue as the screens see it', () => {
  it('runs one flush at a time: a second call joins the one running', async () => {
    let runs = 0;
    let release: (() => void) | undefined;
    const q = queueSync({
      read: () => [],
      send: () => {
        runs++;
        return new Promise<number>((resolve) => {
          release = () => resolve(runs);
        });
      },
      lockName: 'test',
    });
    const a = q.flush();
    const b = q.flush();
    expect(a).toBe(b);
    release?.();
    expect(await a).toBe(1);
    // Once done, the next call flushes again.
    const c = q.flush();
    release?.();
    expect(await c).toBe(2);
  });

  it('tells a send that must wait apart from one the server refused', () => {
    expect(failedSend(new ApiRequestError(0, 'network', 'offline'))).toEqual({ kind: 'unreachable' });
    expect(failedSend(new ApiRequestError(503, 'internal', 'down'))).toEqual({ kind: 'unreachable' });
    expect(failedSend(new ApiRequestError(401, 'unauthenticated', 'sign in'))).toEqual({ kind: 'unreachable' });
    const refused = failedSend(new ApiRequestError(400, 'validation_failed', 'caseId: no such case.'));
    expect(refused).toMatchObject({ kind: 'refused', message: 'caseId: no such case.' });
  });
});
