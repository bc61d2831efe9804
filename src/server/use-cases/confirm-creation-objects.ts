// Art. 7(2): 公示无异议或异议不属实的，确定为…创建对象，进入2年创建期. After the window, every entry of the notice
// still under 公示 is confirmed in one transaction; the lifecycle starts its 2-year creation period.
import type { ConfirmationResult } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { confirmBlockedReason } from '../../domain/publicity/confirmation';
import { confirmableEntry, isUnderNotice } from '../../domain/publicity/under-notice';
import { AppError } from '../../domain/shared/app-error';
import { applyApplicationEvent, lockApplication } from './apply-application-event';
import type { Deps, RequestContext } from './context';
import { notify } from './notify';
import { notFound, requirePermission } from './require-actor';

export async function confirmCreationObjects(deps: Deps, ctx: RequestContext, noticeId: string): Promise<ConfirmationResult> {
  requirePermission(ctx, 'notice.manage');
  return deps.db.transaction(async (tx) => {
    const notice = await noticesRepository.findNotice(tx, noticeId);
    if (!notice) throw notFound();
    if (notice.stage !== 'creation') throw new AppError('TRANSITION_NOT_ALLOWED', '该公示不是拟创建对象公示');
    const today = deps.clock.today();
    const locked = [];
    for (const entry of notice.entries) locked.push({ entry, application: await lockApplication(tx, ctx, entry.applicationId, 'notice.manage') });
    const blocked = confirmBlockedReason(
      notice,
      locked.map(({ entry, application }) => confirmableEntry(entry.name, application, notice)),
      today,
    );
    if (blocked) throw new AppError('TRANSITION_PRECONDITION_FAILED', blocked, { details: { endsOn: notice.endsOn } });
    const confirmed: ConfirmationResult['confirmed'] = [];
    for (const { entry, application } of locked) {
      if (!isUnderNotice(application, notice)) continue;
      const saved = await applyApplicationEvent(tx, deps, ctx, application, 'confirm_creation');
      const endsOn = saved.facts.creationPeriodEndsOn ?? '';
      confirmed.push({ applicationId: saved.id, name: entry.name, creationPeriodEndsOn: endsOn });
      const body = `“${entry.name}”公示期满，已确定为广东省中小企业公共服务示范平台（基地）创建对象，创建期至${endsOn}。`;
      await notify(tx, deps, { role: 'applicant', organisationId: application.organisationId }, { title: '已确定为创建对象', body, link: `/notices/${notice.id}` });
      await notify(tx, deps, { role: 'city', cityCode: application.cityCode }, { title: '本市平台（基地）已确定为创建对象', body, link: null });
    }
    return { confirmed };
  });
}
