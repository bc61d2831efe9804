// Demo start-up (ADR 0021): the indicator standings of the seeded (or walked-through) creation objects and certified
// platforms are computed before the server answers, so the oversight dashboards open on figures, not on 待更新.
// Production leaves this to the deadline job's backstop (and `npm run standings:rebuild`): thousands of objects
// after an upgrade must not hold the server's start.
import type { Clock } from '../clock';
import type { Db } from '../../db/client';
import { refreshPendingStandings, type PendingRefreshResult } from '../use-cases/refresh-indicator-standing';

export async function ensureDemoStandings(db: Db, clock: Clock): Promise<PendingRefreshResult> {
  return refreshPendingStandings({ db, clock }, Number.MAX_SAFE_INTEGER);
}
