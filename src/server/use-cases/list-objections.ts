import type { ObjectionAdminView, ObjectionStatus } from '../../contracts/notices';
import { filesRepository } from '../../db/repositories/files.repository';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { authorize } from '../../domain/access/policy';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import { isLeavingStage, LEAVING_DECISIONS, leftNoticeByDecision } from '../../domain/publicity/left-by-decision';
import { isObjectionOverdue } from '../../domain/publicity/objection-window';
import { maskedPhone, revealPhone } from '../security/personal-phone';
import { appendAudit, type Deps, type RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

/**
 * The objections to a notice with the objectors' identities: for the province and the auditor only. The phone is
 * opened whole for the province, which handles the objection and may call the objector (Art. 7(2)); the auditor
 * sees it masked (F7 item 6; 个人信息保护法 第51条 最小必要). Each time the phones are opened whole the read is
 * audited (等保2.0 三级 8.1.4.3 安全审计 covers access to personal information): who, which notice, how many
 * objectors — never a phone (the audit record is itself read by the auditor).
 */
export async function listObjections(deps: Deps, ctx: RequestContext, noticeId: string): Promise<ObjectionAdminView[]> {
  requirePermission(ctx, 'notice.read');
  const isHandler = authorize(ctx.actor, 'objection.handle') === 'allow';
  const { dataKey } = deps.security;
  const notice = await noticesRepository.findNotice(deps.db, noticeId);
  if (!notice) throw notFound();
  const today = deps.clock.today();
  const rows = await noticesRepository.listObjections(deps.db, noticeId);
  const applications = await noticesRepository.listEntryApplications(deps.db, [...new Set(rows.map((row) => row.applicationId))]);
  const left = new Set(applications.filter((a) => leftNoticeByDecision({ state: a.state, facts: a.facts as LifecycleFacts }, notice)).map((a) => a.id));
  const leftLabel = isLeavingStage(notice.stage) ? LEAVING_DECISIONS[notice.stage].label : null;
  const files = new Map((await filesRepository.listByIds(deps.db, [...new Set(rows.flatMap((row) => row.attachmentFileIds))])).map((file) => [file.id, file]));
  const views: ObjectionAdminView[] = [];
  for (const row of rows) {
    const attachments = row.attachmentFileIds.flatMap((fileId, index) => {
      const file = files.get(fileId);
      return file ? [{ index, name: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes }] : [];
    });
    views.push({
      id: row.id,
      receiptNumber: row.receiptNumber,
      applicationId: row.applicationId,
      entryName: notice.entries.find((e) => e.applicationId === row.applicationId)?.name ?? '',
      objectorName: row.objectorName,
      objectorPhone: isHandler ? revealPhone(dataKey, row.objectorPhone) : maskedPhone(dataKey, row.objectorPhone),
      objectorEmail: row.objectorEmail,
      objectorOrganisation: row.objectorOrganisation,
      facts: row.facts,
      attachments,
      receivedAt: row.receivedAt.toISOString(),
      status: row.status as ObjectionStatus,
      investigation: row.investigation,
      decidedAt: row.decidedAt?.toISOString() ?? null,
      isOverdue: !left.has(row.applicationId) && isObjectionOverdue(row, notice.handlingDueOn, today),
      entryLeftBy: left.has(row.applicationId) ? leftLabel : null,
    });
  }
  if (isHandler && views.length > 0) {
    await deps.db.transaction((tx) =>
      appendAudit(tx, deps, ctx, { action: 'objection.identities.viewed', objectType: 'publicity_notice', objectId: noticeId, after: { objections: views.length } }),
    );
  }
  return views;
}
