import type { Actor } from '../../domain/access/policy';
import type { Db } from '../../db/client';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import type { Clock } from '../clock';
import type { SecuritySettings } from '../security/security-settings';

/** What every use case is given: the database, the clock, where files live and the site's public address. */
export interface Deps {
  db: Db;
  clock: Clock;
  dataDir: string;
  /** PUBLIC_BASE_URL: the address the public reaches the site at, printed in documents; unset in tests. */
  publicBaseUrl?: string | undefined;
  /** The data key and whether back-office roles must give a TOTP code (F7). */
  security: SecuritySettings;
}

/** Who is asking, and from where; carried into the audit record. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent: string | null;
  actor: Actor | null;
  sessionTokenHash: string | null;
}

export interface AuditFact {
  action: string;
  objectType: string;
  objectId: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the request's actor; login records the user who is logging in. */
  actor?: Pick<Actor, 'userId' | 'role'> | null;
}

/** Appends the audit record; call it with the transaction that makes the change. */
export async function appendAudit(tx: Db, deps: Pick<Deps, 'clock'>, ctx: RequestContext, fact: AuditFact): Promise<void> {
  const actor = fact.actor === undefined ? ctx.actor : fact.actor;
  await auditLogRepository.append(tx, {
    occurredAt: deps.clock.now(),
    requestId: ctx.requestId,
    actorUserId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: fact.action,
    objectType: fact.objectType,
    objectId: fact.objectId,
    before: fact.before ?? null,
    after: fact.after ?? null,
    ip: ctx.ip,
  });
}
