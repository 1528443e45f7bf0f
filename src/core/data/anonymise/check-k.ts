/** The check of k-anonymity on the rows of a written file. */
export interface KCheck {
  readonly ok: boolean;
  readonly k: number;
  readonly rows: number;
  readonly classes: number;
  /** 0 for an empty file. */
  readonly smallestClass: number;
  /** The classes smaller than k (at most 20 listed), with their values. */
  readonly violations: readonly { readonly values: Readonly<Record<string, string>>; readonly count: number }[];
  readonly violatingClasses: number;
}

/** Counts the classes of quasi-identifier values row by row (for a file read as a stream). */
export class KCounter {
  private readonly counts = new Map<string, number>();
  private n = 0;
  constructor(
    readonly quasiIdentifiers: readonly string[],
    readonly k: number,
  ) {}

  /** One row's values of the quasi-identifiers, in the order given to the constructor. */
  add(values: readonly string[]): void {
    this.n++;
    const key = values.join('\u0000');
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  result(): KCheck {
    let smallest = 0;
    const violations: { values: Record<string, string>; count: number }[] = [];
    let violating = 0;
    for (const [key, count] of this.counts) {
      smallest = smallest === 0 ? count : Math.min(smallest, count);
      if (count < this.k) {
        violating++;
        if (violations.length < 20) {
          const values = key.split('\u0000');
          violations.push({ values: Object.fromEntries(this.quasiIdentifiers.map((q, i) => [q, values[i] ?? ''])), count });
        }
      }
    }
    return { ok: violating === 0, k: this.k, rows: this.n, classes: this.counts.size, smallestClass: smallest, violations, violatingClasses: violating };
  }
}

/**
 * Proves k-anonymity on written rows: every combination of the values of `quasiIdentifiers`
 * occurs at least k times. Works on the rows as read back from the file, not on the export's
 * own bookkeeping. A missing column is an error.
 */
export function checkK(rows: Iterable<Readonly<Record<string, string | undefined>>>, quasiIdentifiers: readonly string[], k: number): KCheck {
  const counter = new KCounter(quasiIdentifiers, k);
  let n = 0;
  for (const row of rows) {
    n++;
    counter.add(
      quasiIdentifiers.map((q) => {
        const v = row[q];
        if (v === undefined) throw new Error(`row ${n}: no column ${q}`);
        return v;
      }),
    );
  }
  return counter.result();
}
