// F7 item 1 (等保2.0 三级 8.1.4.3): reading the audit log for 操作日志 and 登录日志. Every query is bounded by the
// date range (audit_log_time_idx); object type + id use audit_log_object_idx. Newest first (id desc), offset pages.
import { and, count, desc, eq, gte, ilike, like, lt, not, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { ActionFilter, AuditFilters } from '../../domain/audit/audit-filters';
import { instantRange } from '../../domain/audit/audit-filters';
import { LOGIN_ACTION_PREFIX } from '../../domain/audit/action-labels';
import type { Db } from '../client';
import { auditLog, users } from '../schema/index';

const actors = alias(users, 'audit_actors');
const subjects = alias(users, 'audit_subjects');

export interface AuditReadRow {
  id: number;
  occurredAt: Date;
  requestId: string | null;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  actorUsername: string | null;
  actorDisplayName: string | null;
  /** Login log only: the account the record is about (actor, else the account tried, else the name typed). */
  subjectUsername: string | null;
  subjectDisplayName: string | null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function actionCondition(filter: ActionFilter): SQL {
  return filter.kind === 'exact' ? eq(auditLog.action, filter.action) : like(auditLog.action, `${escapeLike(filter.prefix)}%`);
}

const LOGIN_LIKE = `${escapeLike(LOGIN_ACTION_PREFIX)}%`;
// Mirrors isFailedLoginAction (domain/audit/action-labels.ts).
const isFailure = or(like(auditLog.action, `${LOGIN_LIKE}\\_failed`), eq(auditLog.action, 'auth.locked'))!;

const subjectUsername = sql<string | null>`coalesce(${actors.username}, ${subjects.username}, ${auditLog.after} ->> 'username')`;
const subjectDisplayName = sql<string | null>`coalesce(${actors.displayName}, ${subjects.displayName})`;

type Log = 'operations' | 'logins';

function conditions(log: Log, filters: AuditFilters): SQL[] {
  const { start, end } = instantRange(filters);
  const where: SQL[] = [gte(auditLog.occurredAt, new Date(start)), lt(auditLog.occurredAt, new Date(end))];
  where.push(log === 'logins' ? like(auditLog.action, LOGIN_LIKE) : not(like(auditLog.action, LOGIN_LIKE)));
  if (filters.user) {
    const pattern = `%${escapeLike(filters.user)}%`;
    where.push(
      log === 'logins'
        ? or(ilike(subjectUsername, pattern), ilike(subjectDisplayName, pattern))!
        : or(ilike(actors.username, pattern), ilike(actors.displayName, pattern))!,
    );
  }
  if (filters.role) where.push(eq(auditLog.actorRole, filters.role));
  if (filters.action) where.push(actionCondition(filters.action));
  if (filters.objectType) where.push(eq(auditLog.objectType, filters.objectType));
  if (filters.objectId) where.push(eq(auditLog.objectId, filters.objectId));
  if (filters.ip) where.push(like(auditLog.ip, `${escapeLike(filters.ip)}%`));
  if (log === 'logins' && filters.result) where.push(filters.result === 'failure' ? isFailure : not(isFailure));
  return where;
}

function baseQuery(db: Db, log: Log) {
  return db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      requestId: auditLog.requestId,
      actorUserId: auditLog.actorUserId,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
      actorUsername: actors.username,
      actorDisplayName: actors.displayName,
      subjectUsername: log === 'logins' ? subjectUsername : sql<string | null>`null`,
      subjectDisplayName: log === 'logins' ? subjectDisplayName : sql<string | null>`null`,
    })
    .from(auditLog)
    .leftJoin(actors, eq(actors.id, auditLog.actorUserId))
    .leftJoin(subjects, subjectJoin);
}

const subjectJoin = and(eq(auditLog.objectType, 'user'), eq(sql`${subjects.id}::text`, auditLog.objectId));

function joinUsers<Q extends PgSelect>(query: Q) {
  return query.leftJoin(actors, eq(actors.id, auditLog.actorUserId)).leftJoin(subjects, subjectJoin);
}

export const auditLogReadRepository = {
  /** One page, newest first, and how many rows match in all. */
  async findPage(db: Db, log: Log, filters: AuditFilters): Promise<{ rows: AuditReadRow[]; total: number }> {
    const where = and(...conditions(log, filters));
    const rows = await baseQuery(db, log)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize);
    // The user joins matter to the count only when filtering by user; without them it is an index range count.
    const counting = db.select({ total: count() }).from(auditLog).$dynamic();
    const [counted] = await (filters.user ? joinUsers(counting) : counting).where(where);
    return { rows, total: counted?.total ?? 0 };
  },

  /** Every matching row up to `limit` + 1, newest first: the caller refuses when there are more than `limit`. */
  async findForExport(db: Db, log: Log, filters: AuditFilters, limit: number): Promise<AuditReadRow[]> {
    return baseQuery(db, log)
      .where(and(...conditions(log, filters)))
      .orderBy(desc(auditLog.id))
      .limit(limit + 1);
  },
};
