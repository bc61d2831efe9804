// The one place an application changes state (DESIGN §2): the row is locked, the lifecycle table decides,
// the facts follow the effects, and the new state, the history entry and the audit record are written in the
// caller's transaction. Every use case that moves an application calls this.
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import type { Action } from '../../domain/access/policy';
import { applyEffects } from '../../domain/lifecycle/apply-effects';
import { currentNoticeOf } from '../../domain/lifecycle/context';
import type { LifecycleInput } from '../../domain/lifecycle/context';
import type { LifecycleEvent } from '../../domain/lifecycle/events';
import { isLifecycleState, stateLabel } from '../../domain/lifecycle/states';
import { transition } from '../../domain/lifecycle/transition';
import { AppError } from '../../domain/shared/app-error';
import type { Db } from '../../db/client';
import { projectRegistryEntry } from '../registry/project-registry-entry';
import { appendAudit, type Deps, type RequestContext } from './context';
import { markStandingStale } from './refresh-indicator-standing';
import { notFound, requirePermission, requireVisibleApplication } from './require-actor';

/** Loads and locks an application the actor may act on for this action; another city's or organisation's → 404. */
export async function lockApplication(tx: Db, ctx: RequestContext, id: string, action: Action, expectedLockVersion?: number): Promise<ApplicationRow> {
  const application = await applicationsRepository.findByIdForUpdate(tx, id);
  if (!application) {
    requirePermission(ctx, action);
    throw notFound();
  }
  requireVisibleApplication(requirePermission(ctx, action, { cityCode: application.cityCode, organisationId: application.organisationId }), application);
  if (expectedLockVersion !== undefined && application.lockVersion !== expectedLockVersion) throw stateChanged(application);
  return application;
}

export function stateChanged(application: ApplicationRow): AppError {
  return new AppError('STATE_CHANGED', `该申报已被他人处理，当前状态为“${stateLabel(application.state)}”，请刷新后再办理`, {
    details: { state: application.state, lockVersion: application.lockVersion },
  });
}

export interface ApplicationEventInput extends Omit<LifecycleInput, 'today'> {
  /** When the event opens a 公示: its last working day, computed from the working calendar by the caller. */
  publicityEndsOn?: string | null;
  /** When the event opens a 公示: the notice that opens it (the entry is under it until the 公示 closes). */
  publicityNoticeId?: string | null;
  applicationNumber?: string;
  submittedVersion?: number;
}

/** Applies one lifecycle event to a locked application (see lockApplication) and records it. */
export async function applyApplicationEvent(
  tx: Db,
  deps: Pick<Deps, 'clock'>,
  ctx: RequestContext,
  application: ApplicationRow,
  event: LifecycleEvent,
  input: ApplicationEventInput = {},
): Promise<ApplicationRow> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!isLifecycleState(application.state)) throw new Error(`unknown state ${application.state}`);
  const today = deps.clock.today();
  const result = transition(application.state, event, actor.role, { ...application.facts, today, reason: input.reason ?? null, changeOccurredOn: input.changeOccurredOn ?? null });
  const facts = applyEffects(application.facts, result.effects, { publicityEndsOn: input.publicityEndsOn ?? null, publicityNoticeId: input.publicityNoticeId ?? null });
  const at = deps.clock.now();
  const saved = await applicationsRepository.saveState(tx, application.id, application.lockVersion, {
    state: result.state,
    facts,
    at,
    ...(input.applicationNumber ? { applicationNumber: input.applicationNumber } : {}),
    ...(input.submittedVersion !== undefined ? { submittedVersion: input.submittedVersion } : {}),
  });
  if (!saved) {
    const current = await applicationsRepository.findById(tx, application.id);
    throw stateChanged(current ?? application);
  }
  // A row may both record and publish its reason (reject_by_province): published wins (DESIGN §5).
  const reasonEffects = result.effects.filter((effect) => effect.kind === 'reason_recorded');
  const reasonEffect = reasonEffects.find((effect) => effect.isPublic) ?? reasonEffects[0];
  await applicationsRepository.insertEvent(tx, {
    applicationId: application.id,
    fromState: application.state,
    event,
    toState: result.state,
    actorUserId: actor.userId,
    actorRole: actor.role,
    reason: reasonEffect?.kind === 'reason_recorded' ? reasonEffect.reason : (input.reason?.trim() || null),
    isReasonPublic: reasonEffect?.kind === 'reason_recorded' ? reasonEffect.isPublic : false,
    // A 公示 that closes is recorded with the notice it closed (ADR 0015): an entry can be on a second 拟认定 notice
    // after an upheld objection, and each notice shows its own outcome (notice-view.ts).
    effects: result.effects.map((effect) => (effect.kind === 'publicity_closed' ? { ...effect, noticeId: currentNoticeOf(application.facts) } : effect)),
    occurredAt: at,
  });
  // ADR 0017: the public registry follows every change of state, in this transaction.
  await projectRegistryEntry(tx, deps, application.id);
  // ADR 0021: a new state may change the standing's window (period year → last 12 months) or end it (exit,
  // revocation); the deadline job recomputes it. UPDATE only: nothing happens for an object without a standing.
  await markStandingStale(tx, deps, application.id);
  await appendAudit(tx, deps, ctx, {
    action: `application.${event}`,
    objectType: 'application',
    objectId: application.id,
    before: { state: application.state, facts: application.facts },
    after: { state: result.state, facts, article: result.row.article, effects: result.effects },
  });
  return saved;
}
