// Art. 7(2): 公示无异议或异议不属实的，确定为创建对象. The province records, once, whether an objection is true, with
// what it found. True → the entry is not confirmed (uphold_*_objection, the investigation is the published
// reason, DESIGN §2); untrue → the entry's open count goes down and it may be confirmed after the window.
import type { ObjectionAdminView, ObjectionDecisionRequest } from '../../contracts/notices';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { countObjection } from '../../domain/publicity/objection-count';
import { AppError } from '../../domain/shared/app-error';
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
    // An entry still under this 公示 follows the decision; one already decided keeps its outcome.
    if (application.state === `${stage}_publicity`) {
      if (input.outcome === 'upheld') {
        await applyApplicationEvent(tx, deps, ctx, application, UPHOLD_EVENT[stage], { reason: input.investigation });
      } else {
        await applicationsRepository.saveFacts(tx, application.id, countObjection(application.facts, 'found_untrue'), deps.clock.now());
      }
    }
    const decided = await noticesRepository.decideObjection(tx, objection.id, { status: input.outcome, investigation: input.investigation, decidedBy: actor.userId, decidedAt: deps.clock.now() });
    if (!decided) throw new AppError('STATE_CHANGED', '该异议已作出核实结论，不能重复认定');
    await appendAudit(tx, deps, ctx, { action: 'objection.decided', objectType: 'objection', objectId: objection.id, before: { status: 'received' }, after: { status: input.outcome, investigation: input.investigation, applicationState: application.state } });
    if (input.outcome === 'upheld') {
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
