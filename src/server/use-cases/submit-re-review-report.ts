// 提交运行和服务情况报告 (Art. 10; ADR 0016): the operator submits its report (required) while its re-review is open
// and the city has not assessed — after reportDueOn too, marked 逾期提交. The submission freezes the snapshot (the F4
// dashboard of the window and the window's Art. 14 counts, re-review-snapshot.ts); the city is told.
import { RE_REVIEW_REPORT_MAX_LENGTH, type ObjectReReviewsView } from '../../contracts/re-review';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { AppError } from '../../domain/shared/app-error';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notify } from './notify';
import { loadReReview, requireReportable } from './re-review-access';
import { takeReReviewSnapshot } from './re-review-snapshot';
import { buildObjectReReviewsView, isLate } from './re-review-view';

export async function submitReReviewReport(deps: Deps, ctx: RequestContext, id: string, reReviewId: string): Promise<ObjectReReviewsView> {
  return deps.db.transaction(async (tx) => {
    const source = { db: tx, clock: deps.clock };
    const loaded = await loadReReview(source, ctx, id, reReviewId, 'reReview.report', true);
    requireReportable(loaded);
    const { application } = loaded.loaded;
    const { reReview: row, round } = loaded.entry;
    const report = row.report.trim();
    if (report === '') throw new AppError('VALIDATION_FAILED', '请填写运行和服务情况报告后再提交', { issues: [{ path: 'report', message: '请填写运行和服务情况报告' }] });
    if (report.length > RE_REVIEW_REPORT_MAX_LENGTH) {
      throw new AppError('VALIDATION_FAILED', `运行和服务情况报告不能超过${RE_REVIEW_REPORT_MAX_LENGTH}个字`, { issues: [{ path: 'report', message: `运行和服务情况报告不能超过${RE_REVIEW_REPORT_MAX_LENGTH}个字` }] });
    }
    const snapshot = await takeReReviewSnapshot(source, loaded.loaded, row);
    const now = deps.clock.now();
    const saved = await reReviewRepository.updateReport(tx, row.id, { submittedBy: ctx.actor?.userId ?? null, submittedAt: now, snapshot, updatedAt: now });
    if (!saved) throw new AppError('STATE_CHANGED', '该复核已由他人处理，请刷新后查看');
    // A city officer or the province who read the re-review before this submission must reload before acting on it.
    const touched = (await applicationsRepository.touch(tx, application.id, now)) ?? application;
    const late = isLate(saved, round);
    await appendAudit(tx, deps, ctx, {
      action: 're_review.submitted',
      objectType: 're_review',
      objectId: row.id,
      after: { applicationId: application.id, isLate: late, fileIds: row.reportFileIds, standardVersion: snapshot.standardVersion, takenOn: snapshot.takenOn, window: snapshot.window, obligations: snapshot.obligations },
    });
    await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, {
      title: '运行和服务情况报告待评估',
      body: `“${application.name}”已${late ? '逾期' : ''}提交${round.title}的运行和服务情况报告，请于${round.cityDueOn}（含当日）前作出地市评估。`,
      link: `/workspace/creation-objects/${application.id}?tab=re-review`,
    });
    return buildObjectReReviewsView(tx, deps, { ...loaded.loaded, application: touched });
  });
}
