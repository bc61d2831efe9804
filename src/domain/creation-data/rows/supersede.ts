// The small datasets (resource pool, library counts, entry points, base enterprises and profiles) are append-only
// with "the latest row for a natural key wins" (DESIGN §5: corrections are new records). A row equal to the current
// one for its key changes nothing and is not stored again — so importing the same file twice counts nothing twice —
// while a row that differs supersedes it.

export interface SupersedePlan<T> {
  /**
   * The rows to store, in rounds: round 0 holds the first new version of each key, round 1 a second version of a key
   * given twice in the same batch, and so on. Each round is stored after the previous one, so the later version of
   * a key is the later row and wins.
   */
  rounds: T[][];
  /** Rows equal to the current (or the batch's previous) version of their key. */
  duplicates: number;
}

export interface RowIdentity<T> {
  keyOf(row: T): string;
  isSame(a: T, b: T): boolean;
}

export function planSuperseding<T>(rows: readonly T[], current: ReadonlyMap<string, T>, identity: RowIdentity<T>): SupersedePlan<T> {
  const latest = new Map(current);
  const versions = new Map<string, number>();
  const rounds: T[][] = [];
  let duplicates = 0;
  for (const row of rows) {
    const key = identity.keyOf(row);
    const previous = latest.get(key);
    if (previous !== undefined && identity.isSame(previous, row)) {
      duplicates += 1;
      continue;
    }
    const round = versions.get(key) ?? 0;
    versions.set(key, round + 1);
    latest.set(key, row);
    (rounds[round] ??= []).push(row);
  }
  return { rounds, duplicates };
}

/** Equality over the listed fields; arrays compare element by element (leading-industry codes). */
export function sameFields<T>(fields: readonly (keyof T)[]): (a: T, b: T) => boolean {
  return (a, b) =>
    fields.every((field) => {
      const x = a[field];
      const y = b[field];
      if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
      return x === y;
    });
}
