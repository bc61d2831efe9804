import type { ApplicationDetail } from '../../contracts/applications';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { callsRepository } from '../../db/repositories/calls.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { chineseDate } from '../../domain/shared/plain-date';
import { assessEligibility } from '../../domain/eligibility/eligibility';
import { NEW_APPLICATION_FACTS } from '../../domain/lifecycle/context';
import { AppError } from '../../domain/shared/app-error';
import { buildApplicationDetail, callDateOf } from './application-view';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

// Conditions of the organisation itself (Art. 2, Art. 5): a branch, a listed dishonest entity or an operator of
// another kind may not even start. The platform's operating years are checked at submission, once written.
const ORGANISATION_CONDITIONS = ['branch', 'dishonest', 'operatorKind'];

/** Art. 7(1): the operating organisation starts an application to a published annual call. */
export async function createApplicationDraft(deps: Deps, ctx: RequestContext, callId: string): Promise<ApplicationDetail> {
  const actor = requirePermission(ctx, 'application.apply');
  if (!actor.organisationId) throw new AppError('FORBIDDEN', '您的账号未关联运营主体，不能申报');
  const organisationId = actor.organisationId;
  requirePermission(ctx, 'application.apply', { organisationId });
  const call = await callsRepository.findById(deps.db, callId);
  const callDate = call ? callDateOf(call) : null;
  if (!call || call.status !== 'published' || !callDate) throw notFound();
  if (deps.clock.today() > call.closesOn) throw new AppError('APPLICATION_WINDOW_CLOSED', `${call.year}年度申报已于${chineseDate(call.closesOn)}24时截止`);
  const organisation = await organisationsRepository.findById(deps.db, organisationId);
  if (!organisation) throw notFound();
  const failures = assessEligibility({
    operatingSince: callDate,
    callDate,
    operatorKind: organisation.operatorKind,
    isBranch: organisation.isBranch,
    isDishonest: organisation.isDishonest,
    hasPublicServiceMandate: true,
  }).filter((failure) => ORGANISATION_CONDITIONS.includes(failure.condition));
  if (failures.length > 0) {
    throw new AppError('NOT_ELIGIBLE', `不符合申报条件：${failures.map((f) => f.reason).join('；')}`, {
      issues: failures.map((f) => ({ path: f.condition, message: f.reason })),
    });
  }
  const application = await deps.db.transaction(async (tx) => {
    const row = await applicationsRepository.insert(tx, {
      callId: call.id,
      organisationId,
      cityCode: organisation.cityCode,
      name: '',
      carrier: 'platform',
      state: 'draft',
      facts: NEW_APPLICATION_FACTS,
      content: {},
      // DESIGN §4: the standard set of the call is pinned for the life of the application.
      standardVersion: call.standardVersion,
      createdBy: actor.userId,
      createdAt: deps.clock.now(),
      updatedAt: deps.clock.now(),
    });
    await appendAudit(tx, deps, ctx, { action: 'application.created', objectType: 'application', objectId: row.id, after: { callId: call.id, organisationId } });
    return row;
  });
  return buildApplicationDetail(deps, deps.db, actor, application);
}
