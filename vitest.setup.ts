// Property tests (fast-check) draw the same cases on every run: CI runs the suite twice on a shared 2-core machine and a
// red run must come from a change, not from a rare draw. FC_SEED=<number> explores other cases; a failure prints its
// seed and path, so the case can be replayed.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_129) });
