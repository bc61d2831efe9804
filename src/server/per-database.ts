// State a server process keeps for one database, beside it rather than in it: the standings queue and its failure
// memory (ADR 0021), the unknown-name lock (unknown-username-lockout.ts). Keyed weakly by the database handle, so
// every test's own database starts with its own state and a closed one is forgotten with it.

/** Returns the state of a database, created on first use. */
export function perDatabase<State>(create: () => State): (db: object) => State {
  const states = new WeakMap<object, State>();
  return (db) => {
    const known = states.get(db);
    if (known !== undefined) return known;
    const created = create();
    states.set(db, created);
    return created;
  };
}
