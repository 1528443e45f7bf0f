/**
 * The network's count, in a worker thread: matching every organisation's keys against every
 * other's takes seconds for tens of thousands of people, and must not hold up the API meanwhile.
 * Receives the keys packed per organisation, answers the counts.
 */
import { isMainThread } from 'node:worker_threads';
import { countOnce, type KeyGroup, layout, SCHEME_V1 } from '../../../core/data/linkage/index.js';
import { serveWorker } from '../../workers.js';

export interface PackedGroup {
  readonly owner: string;
  readonly country: string;
  /** The organisation's keys one after another (words per key: the scheme's). */
  readonly data: Uint32Array;
}

export interface CountRequest {
  readonly groups: readonly PackedGroup[];
  readonly threshold: number;
}

const lay = layout(SCHEME_V1);

export function unpack(groups: readonly PackedGroup[]): KeyGroup[] {
  return groups.map((g) => ({
    owner: g.owner,
    country: g.country,
    keys: Array.from({ length: g.data.length / lay.words }, (_, i) => g.data.subarray(i * lay.words, (i + 1) * lay.words)),
  }));
}

if (!isMainThread) serveWorker<CountRequest, ReturnType<typeof countOnce>>((request) => ({ value: countOnce(lay, unpack(request.groups), request.threshold) }));
