// 确定拟创建对象 (Art. 7(2)): every selected application moves to shortlisted in one transaction, or none does —
// each must be recommended with a passed formal check, and the call's 年度创建数量 must hold for the batch.
import type { BatchResult } from '../../contracts/city-review';
import type { ShortlistRequest } from '../../contracts/province-review';
import { checkQuota, creationQuotaMessage } from '../../domain/review/city-cap';
import { AppError } from '../../domain/shared/app-error';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { namedStateChanged } from './city-recommendation';
import type { Deps, RequestContext } from './context';
import { notify } from './notify';
import { requirePermission } from './require-actor';
import { findPublishedCall } from './review-views';
import { shortlistRows } from './shortlist-checks';

export async function commitShortlist(deps: Deps, ctx: RequestContext, callId: string, input: ShortlistRequest): Promise<BatchResult> {
  requirePermission(ctx, 'application.provinceReview');
  return deps.db.transaction(async (tx) => {
    const call = await findPublishedCall(tx, callId, true);
    const items = [...input.items].sort((a, b) => a.id.localeCompare(b.id));
    const locked = [];
    for (const item of items) {
      const application = await lockApplication(tx, ctx, item.id, 'application.provinceReview');
      if (application.lockVersion !== item.lockVersion) throw namedStateChanged(application);
      locked.push(application);
    }
    const rows = await shortlistRows(tx, call, locked.map((application) => application.id));
    const refused = rows.find((row) => !row.isOk);
    if (refused) {
      throw new AppError('TRANSITION_PRECONDITION_FAILED', `申报“${refused.name}”${refused.problem ?? ''}，本批均未确定`, { details: { id: refused.id, problem: refused.problem } });
    }
    const quota = checkQuota(call.creationQuota, await reviewDecisionsRepository.countShortlisted(tx, call.id), locked.length);
    if (!quota.isAllowed) throw new AppError('CREATION_QUOTA_REACHED', creationQuotaMessage(quota), { details: { ...quota } });
    const saved = [];
    for (const application of locked) {
      saved.push(await applyApplicationEvent(tx, deps, ctx, application, 'shortlist'));
      await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
        title: `申报“${application.name}”已确定为拟创建对象`,
        body: '省工业和信息化厅已将您的申报确定为拟创建对象，将通过厅网站公示5个工作日。',
        link: `/workspace/applications/${application.id}`,
      });
    }
    return { items: saved.map((row) => ({ id: row.id, state: row.state, lockVersion: row.lockVersion })) };
  });
}
