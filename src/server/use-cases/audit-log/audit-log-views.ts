// F7 item 1: audit rows as the auditor reads them: Chinese labels, the actor's name, the time in Asia/Shanghai.
import type { AuditActorView, LoginLogItem, OperationLogItem } from '../../../contracts/audit-log';
import type { AuditReadRow } from '../../../db/repositories/audit-log-read.repository';
import { actionLabel, isFailedLoginAction, loginFailureReasonLabel, objectTypeLabel } from '../../../domain/audit/action-labels';
import { resolveAuditFilters, type AuditFilters, type AuditQueryInput } from '../../../domain/audit/audit-filters';
import { AppError } from '../../../domain/shared/app-error';
import { isRole, ROLE_LABELS } from '../../../domain/shared/roles';
import type { Deps } from '../context';

const shanghai = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "2026-11-28 10:00:00" in Asia/Shanghai, whatever the host's time zone (DESIGN §3). */
export function shanghaiTimestamp(at: Date): string {
  return shanghai.format(at);
}

export function roleLabelOf(role: string | null): string | null {
  if (!role) return null;
  return isRole(role) ? ROLE_LABELS[role] : role;
}

/** Defaults filled in against today; a backwards or over-long range is a 400 naming the date field. */
export function resolveFilters(deps: Pick<Deps, 'clock'>, query: AuditQueryInput): AuditFilters {
  const outcome = resolveAuditFilters(query, deps.clock.today());
  if (!outcome.ok) throw new AppError('VALIDATION_FAILED', '请求内容有误，请按提示修改', { issues: outcome.issues });
  return outcome.filters;
}

function actorOf(row: AuditReadRow): AuditActorView {
  return { userId: row.actorUserId, username: row.actorUsername, displayName: row.actorDisplayName, role: row.actorRole, roleLabel: roleLabelOf(row.actorRole) };
}

export function toOperationItem(row: AuditReadRow): OperationLogItem {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    requestId: row.requestId,
    actor: actorOf(row),
    action: row.action,
    actionLabel: actionLabel(row.action),
    objectType: row.objectType,
    objectTypeLabel: objectTypeLabel(row.objectType),
    objectId: row.objectId,
    before: row.before,
    after: row.after,
    ip: row.ip,
  };
}

function reasonOf(row: AuditReadRow): string | null {
  if (!isFailedLoginAction(row.action)) return null;
  const after = row.after && typeof row.after === 'object' ? (row.after as Record<string, unknown>) : {};
  return typeof after.reason === 'string' ? loginFailureReasonLabel(after.reason) : actionLabel(row.action);
}

export function toLoginItem(row: AuditReadRow): LoginLogItem {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    username: row.subjectUsername,
    displayName: row.subjectDisplayName,
    role: row.actorRole,
    roleLabel: roleLabelOf(row.actorRole),
    action: row.action,
    actionLabel: actionLabel(row.action),
    isSuccess: !isFailedLoginAction(row.action),
    reason: reasonOf(row),
    ip: row.ip,
    after: row.after,
  };
}
