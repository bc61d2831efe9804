// Recommending to the province (Art. 7(1) "地市级中小企业主管部门初审后，将拟推荐对象报省工业和信息化厅"), shared by the
// single decision and the batch: the 初审截止日, the state of every application and the city's 推荐名额 are
// checked for the whole batch before anything is written, so it succeeds or fails as one.
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import type { CallRow } from '../../db/repositories/calls.repository';
import type { Db } from '../../db/client';
import { checkQuota, cityCapMessage, cityCapOf, type QuotaCheck } from '../../domain/review/city-cap';
import { AppError } from '../../domain/shared/app-error';
import { stateLabel } from '../../domain/lifecycle/states';
import { applyApplicationEvent, stateChanged } from './apply-application-event';
import type { Deps, RequestContext } from './context';
import { notify } from './notify';
import { cityName } from './review-views';

export function recommendationClosedMessage(call: Pick<CallRow, 'cityReviewDeadline'>): string {
  return `本年度初审推荐截止日期为${call.cityReviewDeadline}，已过截止日期，不能再推荐`;
}

export function isRecommendationOpen(call: Pick<CallRow, 'cityReviewDeadline'>, today: string): boolean {
  return today <= call.cityReviewDeadline;
}

export async function cityCapCheck(db: Db, call: CallRow, cityCode: string, adding: number): Promise<QuotaCheck> {
  return checkQuota(cityCapOf(call.cityCaps, cityCode), await applicationsRepository.countRecommended(db, call.id, cityCode), adding);
}

/** Names the application in a 409 so the officer knows which row of a batch someone else handled. */
export function namedStateChanged(application: ApplicationRow): AppError {
  const base = stateChanged(application);
  return new AppError('STATE_CHANGED', `申报“${application.name}”${base.message.replace(/^该申报/, '')}`, {
    details: { ...base.details, id: application.id, name: application.name },
  });
}

export function notSubmitted(application: ApplicationRow): AppError {
  return new AppError('TRANSITION_NOT_ALLOWED', `申报“${application.name}”当前状态为“${stateLabel(application.state)}”，不能推荐`, {
    details: { id: application.id, state: application.state },
  });
}

/**
 * Recommends applications already locked in this transaction, after the call row was locked (so two officers
 * of one city cannot both take the last place of the cap).
 */
export async function recommendLocked(tx: Db, deps: Deps, ctx: RequestContext, call: CallRow, locked: readonly ApplicationRow[]): Promise<ApplicationRow[]> {
  if (!isRecommendationOpen(call, deps.clock.today())) throw new AppError('CITY_REVIEW_CLOSED', recommendationClosedMessage(call), { details: { cityReviewDeadline: call.cityReviewDeadline } });
  const wrongState = locked.find((application) => application.state !== 'submitted');
  if (wrongState) throw notSubmitted(wrongState);
  const cityCode = locked[0]?.cityCode;
  if (!cityCode) return [];
  const check = await cityCapCheck(tx, call, cityCode, locked.length);
  if (!check.isAllowed) throw new AppError('CITY_CAP_REACHED', cityCapMessage(cityName(cityCode), check), { details: { ...check } });
  const saved: ApplicationRow[] = [];
  for (const application of locked) saved.push(await applyApplicationEvent(tx, deps, ctx, application, 'recommend'));
  const names = locked.map((application) => `“${application.name}”`).join('、');
  await notify(tx, deps, { role: 'province' }, {
    title: `${cityName(cityCode)}推荐了${locked.length}个申报`,
    body: `${cityName(cityCode)}初审后推荐：${names}，请进行省级审核。`,
    link: '/workspace/province-review',
  });
  for (const application of locked) {
    await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, {
      title: `申报“${application.name}”已获推荐`,
      body: `${cityName(cityCode)}初审后已将您的申报推荐至省工业和信息化厅。`,
      link: `/workspace/applications/${application.id}`,
    });
  }
  return saved;
}
