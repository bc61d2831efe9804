// 年度工作报告 (F8 item 3; Art. 13, 15, 16): the year's call, applications, creation objects, certifications,
// re-reviews and revocations as a Word file with tables and charts. The province reports on any city or on all; a
// city officer always on its own city — asking for another is refused (403), never widened. Audited, as every export
// of programme data.
import { programmeReportRepository, type ReportScope } from '../../../db/repositories/programme-report.repository';
import type { ProgrammeReportQuery } from '../../../contracts/oversight';
import { findCity } from '../../../domain/divisions/divisions';
import { AppError } from '../../../domain/shared/app-error';
import type { PlainDate } from '../../../domain/shared/plain-date';
import { DOCX_MEDIA_TYPE } from '../../documents/docx-media-type';
import { buildProgrammeReportDocx } from '../../documents/programme-report-docx';
import { programmeReportDocument } from '../../documents/programme-report-sections';
import { appendAudit, type Deps, type RequestContext } from '../context';
import { resolveOversight } from './oversight-scope';

export interface ProgrammeReportDownload {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
  asciiFileName: string;
}

export async function exportProgrammeReport(deps: Deps, ctx: RequestContext, query: ProgrammeReportQuery): Promise<ProgrammeReportDownload> {
  // The same scope as every oversight route (oversight-scope.ts): a city officer's city is forced to its own and another
  // city is a 403; a year with no published call is a 400 naming the field.
  const { filters } = await resolveOversight(deps.db, ctx, { year: query.year, city: query.city });
  const scope: ReportScope = { year: query.year, cityCode: filters.city };
  const call = await programmeReportRepository.findCall(deps.db, scope.year);
  if (!call) {
    const message = `${scope.year}年度没有已发布的年度创建通知，无法生成年度工作报告`;
    throw new AppError('VALIDATION_FAILED', message, { issues: [{ path: 'year', message }] });
  }
  // The figures at the year's end, or today while the year is still running.
  const today = deps.clock.today();
  const yearEnd: PlainDate = `${scope.year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  const figures = {
    year: scope.year,
    cityCode: scope.cityCode,
    asOf,
    call,
    applications: await programmeReportRepository.applicationFigures(deps.db, scope, call.id),
    creation: await programmeReportRepository.creationFigures(deps.db, scope),
    certifications: await programmeReportRepository.certifications(deps.db, scope),
    reReviews: await programmeReportRepository.reReviewRounds(deps.db, scope),
    revocations: await programmeReportRepository.revocations(deps.db, scope),
    overdueChangeReports: await programmeReportRepository.overdueChangeReports(deps.db, scope),
  };
  const bytes = await buildProgrammeReportDocx(programmeReportDocument(figures));
  await deps.db.transaction(async (tx) => {
    await appendAudit(tx, deps, ctx, {
      action: 'oversight.report_exported',
      objectType: 'annual_call',
      objectId: call.id,
      after: { year: scope.year, city: scope.cityCode, certifications: figures.certifications.length, revocations: figures.revocations.length },
    });
  });
  const scopeName = scope.cityCode === null ? '全省' : (findCity(scope.cityCode)?.name ?? scope.cityCode);
  return {
    bytes,
    mediaType: DOCX_MEDIA_TYPE,
    fileName: `${scopeName}${scope.year}年度示范平台（基地）创建工作报告.docx`,
    asciiFileName: `programme-report-${scope.year}-${scope.cityCode ?? 'province'}.docx`,
  };
}
