import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ApplicationDetail } from '../../contracts/applications';
import { zBaseFacts, zPlatformFacts } from '../../contracts/self-assessment-facts';
import { applicationMaterialsRepository } from '../../db/repositories/application-materials.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { callsRepository } from '../../db/repositories/calls.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { findMissingParts, formatApplicationNumber, type ApplicationContent, type ApplicationDraft } from '../../domain/applications/application-content';
import { canonicalJson } from '../../domain/applications/canonical-json';
import { submissionWindowProblem } from '../../domain/applications/submission-window';
import { AppError, type ErrorIssue } from '../../domain/shared/app-error';
import { shanghaiDateOf } from '../clock';
import { renderApplicationForm } from '../documents/application-form-docx';
import { DOCX_MEDIA_TYPE } from '../documents/docx-media-type';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import { buildApplicationDetail, eligibilityOf, evaluationOf, listMaterials } from './application-view';
import type { Deps, RequestContext } from './context';
import { notify } from './notify';
import { notFound } from './require-actor';
import { requireEditable } from './save-application-draft';
import { storeFileIn } from './store-file';

/** findMissingParts plus the indicator facts themselves: every fact of the carrier filled in and consistent. */
function incompleteParts(content: ApplicationDraft, materialKinds: Parameters<typeof findMissingParts>[1]): ErrorIssue[] {
  const issues = findMissingParts(content, materialKinds);
  if (content.facts && content.carrier) {
    const parsed = (content.carrier === 'platform' ? zPlatformFacts : zBaseFacts).safeParse(content.facts);
    for (const issue of parsed.error?.issues ?? []) issues.push({ path: ['facts', ...issue.path.map(String)].join('.'), message: issue.message });
  }
  return issues;
}

/**
 * Art. 7(1): the applicant submits (or, after a return, resubmits) to its city. Window, completeness and Art. 5
 * are checked; a first submission gets its 申报编号; every submission keeps a version with its hash and form.
 * Two clicks with the same lockVersion: the row lock makes the second wait and then fail with STATE_CHANGED.
 */
export async function submitApplication(deps: Deps, ctx: RequestContext, id: string, lockVersion: number): Promise<ApplicationDetail> {
  const saved = await deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, ctx, id, 'application.apply', lockVersion);
    requireEditable(application);
    const isResubmission = application.state === 'returned_for_revision';
    const [call, organisation] = await Promise.all([callsRepository.findById(tx, application.callId), organisationsRepository.findById(tx, application.organisationId)]);
    if (!call || !organisation) throw notFound();
    const windowProblem = submissionWindowProblem(call, deps.clock.today(), isResubmission);
    if (windowProblem) throw new AppError('APPLICATION_WINDOW_CLOSED', windowProblem, { details: { opensOn: call.opensOn, closesOn: call.closesOn, cityReviewDeadline: call.cityReviewDeadline } });
    const draft = application.content as ApplicationDraft;
    const [materials, materialFiles] = await Promise.all([listMaterials(tx, id), applicationMaterialsRepository.listActive(tx, id)]);
    const missing = incompleteParts(draft, materials.map((m) => m.kind));
    if (missing.length > 0) {
      const shownIssues = missing.slice(0, 3).map((issue) => issue.message).join('；');
      throw new AppError('APPLICATION_INCOMPLETE', `申报内容尚不完整，共${missing.length}项需补充：${shownIssues}${missing.length > 3 ? '等' : ''}`, { issues: missing });
    }
    const failures = eligibilityOf(organisation, call, draft) ?? [];
    if (failures.length > 0) {
      throw new AppError('NOT_ELIGIBLE', `不符合申报条件：${failures.map((f) => f.reason).join('；')}`, { issues: failures.map((f) => ({ path: f.condition, message: f.reason })) });
    }
    const content = draft as ApplicationContent;
    const applicationNumber =
      application.applicationNumber ?? formatApplicationNumber(call.year, application.cityCode, await applicationsRepository.nextApplicationSequence(tx, call.id, application.cityCode));
    const version = application.submittedVersion + 1;
    // The hash printed on the form covers the materials' bytes too, not only their names (a swapped file changes it).
    const sha256Of = new Map(materialFiles.map(({ file }) => [file.id, file.sha256]));
    const snapshot = {
      content,
      materials: materials.map(({ kind, kindLabel, fileId, originalName, sizeBytes, mediaType }) => ({ kind, kindLabel, fileId, originalName, sizeBytes, mediaType, sha256: sha256Of.get(fileId) ?? null })),
    };
    const contentSha256 = createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
    const now = deps.clock.now();
    const formBytes = await renderApplicationForm({
      applicationNumber,
      version,
      submittedOn: shanghaiDateOf(now),
      callTitle: call.title,
      organisation: { name: organisation.name, creditCode: organisation.creditCode },
      standardVersion: application.standardVersion,
      content,
      materials,
      evaluation: evaluationOf(application.standardVersion, content),
      contentSha256,
    });
    const form = await storeFileIn(tx, deps, ctx, {
      content: Readable.from(formBytes),
      originalName: `申请表-${applicationNumber}-第${version}版.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      maxBytes: formBytes.length,
    });
    await applicationsRepository.insertVersion(tx, {
      applicationId: id,
      version,
      content: snapshot as unknown as Record<string, unknown>,
      contentSha256,
      documentFileId: form.id,
      submittedBy: ctx.actor?.userId ?? null,
      submittedAt: now,
    });
    const row = await applyApplicationEvent(tx, deps, ctx, application, isResubmission ? 'resubmit' : 'submit', { applicationNumber, submittedVersion: version });
    await notify(
      tx,
      deps,
      { role: 'city', cityCode: application.cityCode },
      {
        title: isResubmission ? `申报已修改后重新提交：${content.name}` : `新的申报待初审：${content.name}`,
        body: `${organisation.name}${isResubmission ? '已按退回意见修改并重新提交' : '提交了'}“${content.name}”的创建申报（申报编号${applicationNumber}，第${version}版），请进行地市初审。`,
        link: `/workspace/applications/${id}`,
      },
    );
    return row;
  });
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  return buildApplicationDetail(deps, deps.db, ctx.actor, saved);
}
