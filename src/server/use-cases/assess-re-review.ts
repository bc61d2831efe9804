// 地市评估 (Art. 10: 省工业和信息化厅…会同地市级中小企业主管部门…复核; ADR 0016): the object's city assesses once
// (达标 / 不达标 with its opinion), after the operator's submission or, without one, after reportDueOn — the snapshot
// is then frozen now and the report stays 未提交. The province is told.
import { CITY_OPINION_LABELS, type AssessReReviewRequest, type ObjectReReviewsView } from '../../contracts/re-review';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { assessBlockedReason } from '../../domain/re-review/re-review-rules';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notify } from './notify';
import { loadReReview } from './re-review-access';
import { takeReReviewSnapshot } from './re-review-snapshot';
import { buildObjectReReviewsView } from './re-review-view';
import { requirePermission } from './require-actor';

export async function assessReReview(deps: Deps, ctx: RequestContext, id: string, reReviewId: string, input: AssessReReviewRequest): Promise<ObjectReReviewsView> {
  const actor = requirePermission(ctx, 'reReview.assess');
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const loaded = await loadReReview(source, ctx, id, reReviewId, 'reReview.assess', true);
    const { application } = loaded.loaded;
    const { reReview: row, round } = loaded.entry;
    if (row.assessedAt !== null) throw new AppError('STATE_CHANGED', '地市已作出评估，不能重复评估');
    if (application.state !== 're_review' || row.outcome !== null) {
      throw new AppError('TRANSITION_NOT_ALLOWED', `当前状态为“${stateLabel(application.state)}”，该复核不能再评估`, { details: { state: application.state } });
    }
    const blocked = assessBlockedReason(row, round, deps.clock.today());
    if (blocked) throw new AppError('TRANSITION_PRECONDITION_FAILED', `暂不能评估：${blocked}`);
    const snapshot = row.snapshot ?? (await takeReReviewSnapshot(source, loaded.loaded, row));
    const now = deps.clock.now();
    const saved = await reReviewRepository.assess(tx, row.id, {
      cityOpinion: input.opinion,
      cityComment: input.comment,
      assessedBy: actor.userId,
      assessedAt: now,
      updatedAt: now,
      ...(row.snapshot ? {} : { snapshot }),
    });
    if (!saved) throw new AppError('STATE_CHANGED', '地市已作出评估，不能重复评估');
    // A province officer who opened the page before this assessment must reload before deciding.
    const touched = (await applicationsRepository.touch(tx, application.id, now)) ?? application;
    await appendAudit(tx, deps, ctx, {
      action: 're_review.assessed',
      objectType: 're_review',
      objectId: row.id,
      after: { applicationId: application.id, opinion: input.opinion, comment: input.comment, wasSubmitted: row.submittedAt !== null, snapshotTakenOn: snapshot.takenOn },
    });
    await notify(tx, deps, { role: 'province' }, {
      title: '复核地市评估已完成',
      body: `“${application.name}”${round.title}的地市评估意见为${CITY_OPINION_LABELS[input.opinion]}${row.submittedAt ? '' : '（运营主体未提交报告）'}，请作出复核结论。`,
      link: `/workspace/creation-objects/${application.id}?tab=re-review`,
    });
    return buildObjectReReviewsView(tx, deps, { ...loaded.loaded, application: touched });
  });
}
