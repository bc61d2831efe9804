// What a batch recommendation would do (Art. 7(1)), row by row and for the city's 推荐名额, without writing
// anything: the officer sees the arithmetic before confirming.
import type { BatchRowResult, RecommendationPreview, RecommendationsPreviewRequest } from '../../contracts/city-review';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { authorize } from '../../domain/access/policy';
import { cityCapMessage } from '../../domain/review/city-cap';
import { stateLabel } from '../../domain/lifecycle/states';
import { cityCapCheck, isRecommendationOpen, recommendationClosedMessage } from './city-recommendation';
import type { Deps, RequestContext } from './context';
import { requirePermission } from './require-actor';
import { cityName, findPublishedCall } from './review-views';

const HIDDEN = '未找到该申报，或不属于本市';

export async function previewRecommendations(deps: Deps, ctx: RequestContext, input: RecommendationsPreviewRequest): Promise<RecommendationPreview> {
  const actor = requirePermission(ctx, 'application.cityReview');
  const cityCode = actor.cityCode ?? '';
  const call = await findPublishedCall(deps.db, input.callId);
  const found = await reviewDecisionsRepository.findWithOrganisation(deps.db, input.applicationIds);
  const rows: BatchRowResult[] = input.applicationIds.map((id) => {
    const hit = found.get(id);
    const visible = hit && authorize(actor, 'application.cityReview', { cityCode: hit.application.cityCode }) === 'allow';
    if (!hit || !visible) return { id, applicationNumber: null, name: '', organisationName: '', state: null, lockVersion: null, isOk: false, problem: HIDDEN };
    const { application } = hit;
    const problem =
      application.callId !== call.id ? '不属于所选年度通知' : application.state !== 'submitted' ? `当前状态为“${stateLabel(application.state)}”，不能推荐` : null;
    return {
      id,
      applicationNumber: application.applicationNumber,
      name: application.name,
      organisationName: hit.organisationName,
      state: application.state,
      lockVersion: application.lockVersion,
      isOk: problem === null,
      problem,
    };
  });
  const adding = rows.filter((row) => row.isOk).length;
  const cap = await cityCapCheck(deps.db, call, cityCode, adding);
  const isOpen = isRecommendationOpen(call, deps.clock.today());
  const message = !isOpen ? recommendationClosedMessage(call) : !cap.isAllowed ? cityCapMessage(cityName(cityCode), cap) : null;
  return { cityCode, cityName: cityName(cityCode), cap, rows, canCommit: message === null && rows.every((row) => row.isOk), message };
}
