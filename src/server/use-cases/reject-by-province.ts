// 省级审核不予通过 (Art. 7(2)): a recommended application is not chosen; the reason is recorded and the applicant
// and the recommending city are told.
import type { DecisionResult } from '../../contracts/city-review';
import type { ProvinceDecisionRequest } from '../../contracts/province-review';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { namedStateChanged } from './city-recommendation';
import type { Deps, RequestContext } from './context';
import { notify } from './notify';
import { requirePermission } from './require-actor';

export async function rejectByProvince(deps: Deps, ctx: RequestContext, id: string, input: ProvinceDecisionRequest): Promise<DecisionResult> {
  requirePermission(ctx, 'application.provinceReview');
  return deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, 'application.provinceReview');
    if (application.lockVersion !== input.lockVersion) throw namedStateChanged(application);
    const saved = await applyApplicationEvent(tx, deps, ctx, application, 'reject_by_province', { reason: input.reason });
    const notice = { title: `申报“${application.name}”省级审核未通过`, body: `理由：${input.reason}`, link: `/workspace/applications/${id}` };
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, notice);
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, notice);
    return { id, state: saved.state, lockVersion: saved.lockVersion };
  });
}
