// Recomputes one object's indicator standing (F8 item 1; ADR 0021) with the F4 dashboard code itself
// (computeIndicatorDashboardFor → buildIndicatorDashboard), so a standing is exactly what the object's own dashboard
// shows for the same window. Called after the commit of every write that marked the object stale, by the deadline
// job for whatever is still pending, and by `npm run standings:rebuild`.
import type { Db } from '../../db/client';
import { creationObjectsRepository } from '../../db/repositories/creation-objects.repository';
import { dataImportsRepository } from '../../db/repositories/data-imports.repository';
import { indicatorStandingsRepository } from '../../db/repositories/indicator-standings.repository';
import type { Actor } from '../../domain/access/policy';
import { creationPeriod } from '../../domain/creation-data/creation-period';
import { last12FullMonths, standingWindowOf, toStanding } from '../../domain/oversight/standing';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { perDatabase } from '../per-database';
import type { Deps } from './context';
import { toCreationObjectSummary, type LoadedCreationObject } from './creation-object-view';
import { computeIndicatorDashboardFor } from './get-indicator-dashboard';

export type RefreshOutcome = 'computed' | 'removed' | 'failed';

export interface RefreshLog {
  error(message: string): void;
}

// The system computes standings for the oversight dashboards, on nobody's request. The summary's per-person flags
// (canWrite, canComment) are worked out for a read-only reader and never read here.
const SYSTEM_READER: Actor = { userId: '00000000-0000-0000-0000-000000000000', role: 'auditor', cityCode: null, organisationId: null };

/**
 * Recomputes the standing and saves it, or removes it when the object is no longer in a standing state. One
 * transaction that takes the same locks as the writers (the import's advisory lock, the application row FOR UPDATE
 * as voids and state changes do): no write can commit while it computes, so a standing saved as current is never
 * older than the data, and a write after it marks it stale again. Throws what the computation throws.
 */
export async function recomputeIndicatorStanding(deps: Pick<Deps, 'db' | 'clock'>, applicationId: string): Promise<Exclude<RefreshOutcome, 'failed'>> {
  return deps.db.transaction(async (tx) => {
    await dataImportsRepository.lockCreationObject(tx, applicationId);
    const row = await creationObjectsRepository.findById(tx, applicationId, true);
    const today = deps.clock.today();
    const period = row ? creationPeriod(row.application.facts) : null;
    const window = row && period ? standingWindowOf(row.application.state, period, today) : null;
    if (!row || !period || !window) {
      await indicatorStandingsRepository.remove(tx, applicationId);
      return 'removed';
    }
    const set = findStandardSet(row.application.standardVersion);
    if (!set) throw new Error(`creation object ${applicationId} has no standard set ${row.application.standardVersion}`);
    const loaded: LoadedCreationObject = { actor: SYSTEM_READER, application: row.application, row, summary: toCreationObjectSummary(row, SYSTEM_READER, today), period, set };
    const dashboard = await computeIndicatorDashboardFor({ db: tx, clock: deps.clock }, loaded, window);
    await indicatorStandingsRepository.upsert(tx, applicationId, toStanding(dashboard), deps.clock.now());
    return 'computed';
  });
}

/**
 * After a write's commit: recompute, and never fail the request that made the write — the row stays stale (the
 * dashboards count it as 待更新) and the deadline job tries again.
 */
export async function refreshIndicatorStanding(deps: Pick<Deps, 'db' | 'clock'>, applicationId: string, log: RefreshLog = console): Promise<RefreshOutcome> {
  try {
    return await recomputeIndicatorStanding(deps, applicationId);
  } catch (error) {
    log.error(`指标达标情况更新失败（${applicationId}），已保留“待更新”，由期限任务重试：${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}

// One queue per database: recomputes run one after another, behind the response that caused them, so an import of a
// million records answers as soon as it has committed (its bench times the import, not the dashboard that follows)
// and PGlite's one connection is never asked for two transactions at once by this queue.
interface RefreshQueue {
  tail: Promise<unknown>;
  waiting: Set<string>;
}
const queueOf = perDatabase<RefreshQueue>(() => ({ tail: Promise.resolve(), waiting: new Set<string>() }));

/**
 * After a write's commit: recompute the object's standing in the background. An object already waiting in the queue
 * is not queued twice. A failure only logs (refreshIndicatorStanding): the row stays stale for the deadline job.
 */
export function scheduleStandingRefresh(deps: Pick<Deps, 'db' | 'clock'>, applicationId: string, log: RefreshLog = console): void {
  const queue = queueOf(deps.db);
  if (queue.waiting.has(applicationId)) return;
  queue.waiting.add(applicationId);
  queue.tail = queue.tail
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(() => {
      queue.waiting.delete(applicationId);
      return refreshIndicatorStanding(deps, applicationId, log);
    });
}

/** Resolves once every scheduled recompute of this database has run (tests, benches, shutdown). */
export async function settleStandingRefreshes(deps: Pick<Deps, 'db'>): Promise<void> {
  const queue = queueOf(deps.db);
  while (queue.waiting.size > 0) await queue.tail;
  await queue.tail;
}

/** Marks the object's standing stale; call it in the transaction that changes its data or its state. */
export async function markStandingStale(tx: Db, deps: Pick<Deps, 'clock'>, applicationId: string): Promise<void> {
  await indicatorStandingsRepository.markStale(tx, applicationId, deps.clock.now());
}

/** How many the deadline job recomputes per run (every 5 minutes) — the backstop, not the usual way. */
export const STANDINGS_PER_RUN = 200;

export interface PendingRefreshResult {
  computed: number;
  removed: number;
  failed: number;
}

// The objects whose recompute failed, per database, with the day it failed. A failed object stays missing or stale,
// so listPending would put it at the head of every run: a few that always fail (a data fault) would take every run's
// places and the rest would never be computed. The backstop passes over them for the rest of that day and tries
// them again the next (per process, like the queue: another server may still try them).
const failuresOf = perDatabase(() => new Map<string, string>());

/** The backstop (deadline job) and the rebuild: recompute the pending standings, each in its own transaction. */
export async function refreshPendingStandings(deps: Pick<Deps, 'db' | 'clock'>, limit = STANDINGS_PER_RUN, log: RefreshLog = console): Promise<PendingRefreshResult> {
  const today = deps.clock.today();
  const known = failuresOf(deps.db);
  for (const [id, day] of known) if (day !== today) known.delete(id);
  const failedToday = new Set(known.keys());
  const pending = await indicatorStandingsRepository.listPending(deps.db, {
    today,
    certifiedWindowEndsOn: last12FullMonths(today).endsOn,
    limit: Math.min(limit + failedToday.size, Number.MAX_SAFE_INTEGER),
  });
  const left = await indicatorStandingsRepository.listOutsideStandingStates(deps.db, limit);
  return refreshAll(deps, [...pending.filter((id) => !failedToday.has(id)).slice(0, limit), ...left], log, (id, outcome) => {
    if (outcome === 'failed') known.set(id, today);
    else known.delete(id);
  });
}

/** `npm run standings:rebuild`: every object in a standing state, and the rows of those that left them. */
export async function rebuildIndicatorStandings(deps: Pick<Deps, 'db' | 'clock'>, log: RefreshLog = console): Promise<PendingRefreshResult> {
  const ids = [...(await indicatorStandingsRepository.listAllInStandingStates(deps.db)), ...(await indicatorStandingsRepository.listOutsideStandingStates(deps.db))];
  return refreshAll(deps, ids, log);
}

async function refreshAll(deps: Pick<Deps, 'db' | 'clock'>, ids: readonly string[], log: RefreshLog, onOutcome?: (id: string, outcome: RefreshOutcome) => void): Promise<PendingRefreshResult> {
  const result: PendingRefreshResult = { computed: 0, removed: 0, failed: 0 };
  // One after another: each takes its object's locks; PGlite is one connection.
  for (const id of ids) {
    const outcome = await refreshIndicatorStanding(deps, id, log);
    onOutcome?.(id, outcome);
    result[outcome] += 1;
  }
  return result;
}
