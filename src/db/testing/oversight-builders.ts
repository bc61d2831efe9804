// F8 test data: an indicator_standings row as the standings refresher would write it, and the history rows
// (application_events) an application's path leaves, so a funnel test need not drive every step through the API.
import type { Db } from '../client';
import type { StandingIndicator } from '../schema/oversight';
import { eq } from 'drizzle-orm';
import { applicationEvents, auditLog, changeReports, indicatorStandings } from '../schema/index';

export interface StandingOptions {
  indicators?: StandingIndicator[];
  isCertificationMet?: boolean;
  isCreationMet?: boolean;
  isStale?: boolean;
  standardVersion?: string;
}

export function buildIndicatorStanding(applicationId: string, options: StandingOptions = {}): typeof indicatorStandings.$inferInsert {
  const indicators = options.indicators ?? [{ code: 'platform.servedEnterprises', isCertificationMet: true, isCreationMet: true }];
  return {
    applicationId,
    standardVersion: options.standardVersion ?? 'guangdong-2025-v1',
    windowStartsOn: '2025-11-28',
    windowEndsOn: '2026-11-27',
    indicators,
    isCreationMet: options.isCreationMet ?? indicators.every((indicator) => indicator.isCreationMet !== false),
    isCertificationMet: options.isCertificationMet ?? indicators.every((indicator) => indicator.isCertificationMet === true),
    isStale: options.isStale ?? false,
    computedAt: new Date('2026-11-28T01:00:00Z'),
  };
}

export async function insertIndicatorStanding(db: Db, applicationId: string, options: StandingOptions = {}): Promise<void> {
  await db.insert(indicatorStandings).values(buildIndicatorStanding(applicationId, options));
}

/** History rows for a path of states, e.g. ['draft', 'submitted', 'recommended']: one row per step, a day apart. */
export async function insertStatePath(db: Db, applicationId: string, path: readonly string[]): Promise<void> {
  const rows = path.slice(1).map((toState, index) => ({
    applicationId,
    fromState: path[index] ?? 'draft',
    event: `to_${toState}`,
    toState,
    actorRole: 'province',
    effects: [],
    occurredAt: new Date(Date.UTC(2026, 0, 1 + index, 2)),
  }));
  if (rows.length > 0) await db.insert(applicationEvents).values(rows);
}

/** The audit records of an action, oldest first (exports record objectId null). */
export async function listAuditOf(db: Db, action: string) {
  return db.select({ actorUserId: auditLog.actorUserId, after: auditLog.after }).from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id);
}

/** A filed 重大变化 report (Art. 11): due 3 months after the change, filed on `reportedOn`. */
export async function insertChangeReport(db: Db, applicationId: string, dates: { occurredOn: string; dueOn: string; reportedOn: string }): Promise<string> {
  const [row] = await db
    .insert(changeReports)
    .values({ applicationId, kind: 'other', description: '运营主体调整', ...dates, isOverdue: dates.reportedOn > dates.dueOn, reportedAt: new Date(`${dates.reportedOn}T02:00:00Z`) })
    .returning({ id: changeReports.id });
  if (!row) throw new Error('insertChangeReport: nothing inserted');
  return row.id;
}
