// Art. 7(2): 公示无异议或异议不属实的，确定为创建对象. The province records, once, whether an objection is true, with
// what it found. True → the entry is not confirmed (uphold_*_objection, the investigation is the published
// reason, DESIGN §2); untrue → the entry's open count goes down and it may be confirmed after the window.
// Art. 7(4) for the 拟认定公示: an upheld objection sends the object back to 评估验收; its decided attempt gets a new
// revision in the same transaction (ADR 0015) so the province decides again, and the earlier decision is kept.
import type { ObjectionAdminView, ObjectionDecisionRequest } from '../../contracts/notices';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import type { Db } from '../../db/client';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { countObjection } from '../../domain/publicity/objection-count';
import { isUnderNotice } from '../../domain/publicity/under-notice';
import { AppError } from '../../domain/shared/app-error';
import { attemptOf } from './acceptance-view';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { appendAudit, type Deps, type RequestContext } from './context';
import { listObjections } from './list-objections';
import { notify } from './notify';
import { notFound, requirePermission } from './require-actor';

const UPHOLD_EVENT = { creation: 'uphold_creation_objection', certification: 'uphold_certification_objection' } as const;

export async function decideObjection(deps: Deps, ctx: RequestContext, objectionId: string, input: ObjectionDecisionRequest): Promise<ObjectionAdminView> {
  const actor = requirePermission(ctx, 'objection.handle');
  const noticeId = await deps.db.transaction(async (tx) => {
    const objection = await noticesRepository.findObjectionForUpdate(tx, objectionId);
    if (!objection) throw notFound();
    if (objection.status !== 'received') {
      throw new AppError('STATE_CHANGED', '该异议已作出核实结论，不能重复认定', { details: { status: objection.status } });
    }
    const notice = await noticesRepository.findNotice(tx, objection.noticeId);
    if (!notice) throw notFound();
    const stage = notice.stage as keyof typeof UPHOLD_EVENT;
    const application = await lockApplication(tx, ctx, objection.applicationId, 'objection.handle');
    // Only an entry still under this very notice follows the decision. One decided meanwhile, taken off by another
    // upheld objection, or listed on a later 拟认定公示 (under-notice.ts) keeps its state and count: the decision is
    // recorded and answers the objector, and moves nothing.
    const affectsEntry = isUnderNotice(application, notice);
    if (affectsEntry) {
      if (input.outcome === 'upheld') {
        await applyApplicationEvent(tx, deps, ctx, application, UPHOLD_EVENT[stage], { reason: input.investigation });
        if (stage === 'certification') await reopenAcceptance(tx, deps, ctx, application, input.investigation);
      } else {
        await applicationsRepository.saveFacts(tx, application.id, countObjection(application.facts, 'found_untrue'), deps.clock.now());
      }
    }
    const decided = await noticesRepository.decideObjection(tx, objection.id, { status: input.outcome, investigation: input.investigation, decidedBy: actor.userId, decidedAt: deps.clock.now() });
    if (!decided) throw new AppError('STATE_CHANGED', '该异议已作出核实结论，不能重复认定');
    await appendAudit(tx, deps, ctx, { action: 'objection.decided', objectType: 'objection', objectId: objection.id, before: { status: 'received' }, after: { status: input.outcome, investigation: input.investigation, applicationState: application.state, affectsEntry } });
    if (input.outcome === 'upheld' && affectsEntry) {
      await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
        title: '公示异议经核实属实',
        body: `“${application.name}”的公示异议经核实属实，不予确定。核实情况：${input.investigation}`,
        link: `/notices/${notice.id}`,
      });
    }
    return notice.id;
  });
  const views = await listObjections(deps, ctx, noticeId);
  const view = views.find((v) => v.id === objectionId);
  if (!view) throw notFound();
  return view;
}

/**
 * Revision n+1 of the attempt that passed (Art. 7(4): 异议属实 → back to acceptance_review): the same submission,
 * evidence and frozen snapshot, undecided, with the investigation as the reason. No opinion is carried over: the
 * decision counts the new revision's (decide-acceptance.ts). The caller holds the application's lock.
 */
async function reopenAcceptance(tx: Db, deps: Deps, ctx: RequestContext, application: ApplicationRow, investigation: string): Promise<void> {
  const passed = await acceptanceRepository.lockAttempt(tx, application.id, attemptOf(application.facts));
  // Only an object shortlisted outside the acceptance flow (written straight into the database) has no row to reopen.
  if (!passed) return;
  if (passed.outcome !== 'passed') throw new Error(`acceptance review ${passed.id} of ${application.id} under 拟认定公示 has outcome ${passed.outcome ?? 'none'}`);
  const reopened = await acceptanceRepository.insertRevision(tx, passed, investigation, deps.clock.now());
  if (!reopened) throw new Error(`acceptance revision ${passed.revision + 1} of ${application.id} appeared under a lock`);
  await appendAudit(tx, deps, ctx, {
    action: 'acceptance.reopened',
    objectType: 'acceptance_review',
    objectId: reopened.id,
    after: { applicationId: application.id, attempt: reopened.attempt, revision: reopened.revision, previousReviewId: passed.id, reopenedReason: investigation },
  });
}
