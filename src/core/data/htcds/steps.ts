/**
 * Long checks a step at a time. Reading and planning an import of thousands of cases takes a
 * second or more of CPU; written as generators that yield every few hundred records, they run
 * either at once (`runSteps`: tests, tools) or with a pause at each yield (`runStepsPausing`: the
 * server gives the event loop a turn there, so that other requests are served meanwhile).
 * Pure: the pause is the caller's.
 */

/** A computation that yields (nothing) between steps and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Records checked between two yields. */
export const RECORDS_PER_STEP = 250;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps with `pause` awaited between them. */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}
