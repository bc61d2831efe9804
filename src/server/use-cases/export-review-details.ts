// 导出评审明细 (Art. 7(2), Art. 8): every review detail of a call for the province and the auditors — formal
// checks, each expert's scores per criterion with comments, totals, and the city's and province's decisions with
// reasons. Scores stay inside (Art. 8: no ranking): rows are in neutral order and the export is audited.
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { findStandardSet } from '../../domain/standards/standard-sets';
import { stateLabel } from '../../domain/lifecycle/states';
import { reviewDetailsWorkbook } from '../documents/review-details-xlsx';
import type { XlsxDownload } from '../documents/xlsx-workbook';
import { appendAudit, type Deps, type RequestContext } from './context';
import { requireReviewOverseer } from './require-review-overseer';
import { CITY_DECISION_EVENTS, cityName, countyName, findPublishedCall, isScored, NO_SCORES, PROVINCE_DECISION_EVENTS, reviewTotal, scoreSummaries, shanghaiDateTime } from './review-views';

const DECLARATIONS: Record<string, string> = { none: '无利害关系', conflicted: '存在利害关系（回避）' };
const CARRIERS: Record<string, string> = { platform: '平台', base: '基地' };

export async function exportReviewDetails(deps: Deps, ctx: RequestContext, callId: string): Promise<XlsxDownload> {
  // Only those who read every application (province, auditors) get the whole call's review file.
  requireReviewOverseer(ctx);
  const call = await findPublishedCall(deps.db, callId);
  const rows = await reviewDecisionsRepository.listForCall(deps.db, { callId });
  const ids = rows.map((row) => row.application.id);
  const [checks, cityDecisions, provinceDecisions, reviews] = [
    await reviewDecisionsRepository.latestFormalChecks(deps.db, ids),
    await reviewDecisionsRepository.latestEvents(deps.db, ids, CITY_DECISION_EVENTS),
    await reviewDecisionsRepository.latestEvents(deps.db, ids, PROVINCE_DECISION_EVENTS),
    await reviewDecisionsRepository.expertReviews(deps.db, ids),
  ];
  const scores = scoreSummaries(call, reviews);
  const byId = new Map(rows.map((row) => [row.application.id, row]));
  const criteria = (findStandardSet(call.standardVersion)?.planCriteria ?? []).filter((criterion) => criterion.code in call.criterionWeights);
  const criterionName = new Map(criteria.map((criterion) => [criterion.code, criterion.name]));
  const summary = rows.map(({ application, organisationName, countyCode }) => {
    const check = checks.get(application.id);
    const city = cityDecisions.get(application.id);
    const province = provinceDecisions.get(application.id);
    const score = scores.get(application.id) ?? NO_SCORES;
    return {
      applicationNumber: application.applicationNumber ?? '',
      name: application.name,
      organisationName,
      cityName: cityName(application.cityCode),
      countyName: countyName(countyCode),
      carrier: CARRIERS[application.carrier] ?? application.carrier,
      state: stateLabel(application.state),
      formalCheck: check ? (check.isPassed ? '通过' : '不通过') : '未审查',
      formalCheckNote: check?.note ?? '',
      scoredExperts: score.scoredExperts,
      meanScore: score.meanScore,
      cityDecision: city ? labelOf(city.event) : '',
      cityReason: city?.reason ?? '',
      provinceDecision: province ? labelOf(province.event) : '',
      provinceReason: province?.reason ?? '',
    };
  });
  const expertRows = reviews.map((review) => {
    const application = byId.get(review.applicationId)?.application;
    // A sheet saved but not submitted is the expert's working copy: it counts for nothing, so it shows nothing.
    const isFinal = isScored(review);
    // In the order of Attachment 3, the overall opinion last.
    const codes = [...criteria.map((criterion) => criterion.code), ''];
    const comments = Object.entries((isFinal ? review.comments : null) ?? {})
      .filter(([, text]) => text.trim() !== '')
      .sort(([a], [b]) => codes.indexOf(a) - codes.indexOf(b))
      .map(([code, text]) => `${code === '' ? '总体意见' : (criterionName.get(code) ?? code)}：${text}`)
      .join('\n');
    return {
      applicationNumber: application?.applicationNumber ?? '',
      name: application?.name ?? '',
      expertName: review.expertName,
      declaration: review.declaration ? (DECLARATIONS[review.declaration] ?? review.declaration) : '未声明',
      scores: isFinal ? review.scores : {},
      total: reviewTotal(call, review),
      comments,
      submittedAt: isFinal ? shanghaiDateTime(review.submittedAt) : review.declaration === 'conflicted' ? '' : '未提交',
    };
  });
  const buffer = await reviewDetailsWorkbook(criteria, summary, expertRows);
  await deps.db.transaction(async (tx) => {
    await appendAudit(tx, deps, ctx, { action: 'review.export_details', objectType: 'annual_call', objectId: call.id, after: { applications: rows.length, expertReviews: reviews.length } });
  });
  return { fileName: `${call.year}年度评审明细（内部）.xlsx`, asciiFileName: `review-details-${call.year}.xlsx`, buffer };
}

function labelOf(event: string): string {
  return { return_for_revision: '退回修改', reject_by_city: '不予推荐', recommend: '推荐', reject_by_province: '不予通过', shortlist: '确定为拟创建对象' }[event] ?? event;
}
