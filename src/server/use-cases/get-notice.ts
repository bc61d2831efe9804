import type { NoticeAdminDetail, NoticeAdminEntry } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { confirmBlockedReason } from '../../domain/publicity/confirmation';
import { leftNoticeByDecision } from '../../domain/publicity/left-by-decision';
import { confirmableEntry } from '../../domain/publicity/under-notice';
import { stateLabel } from '../../domain/lifecycle/states';
import type { LifecycleFacts } from '../../domain/lifecycle/context';
import type { Deps, RequestContext } from './context';
import { entriesWithOutcomes, toAdminSummary } from './notice-view';
import { notFound, requirePermission } from './require-actor';

export async function getNotice(deps: Deps, ctx: RequestContext, id: string): Promise<NoticeAdminDetail> {
  requirePermission(ctx, 'notice.read');
  const notice = await noticesRepository.findNotice(deps.db, id);
  if (!notice) throw notFound();
  const today = deps.clock.today();
  const views = await entriesWithOutcomes(deps.db, notice);
  const applications = new Map((await noticesRepository.listEntryApplications(deps.db, notice.entries.map((e) => e.applicationId))).map((a) => [a.id, a]));
  const confirmable = views.map((view) => {
    const application = applications.get(view.applicationId);
    return confirmableEntry(view.name, application ? { state: application.state, facts: application.facts as LifecycleFacts } : undefined, notice);
  });
  const entries: NoticeAdminEntry[] = views.map((view, index) => {
    const application = applications.get(view.applicationId);
    const state = application?.state ?? '';
    return {
      ...view,
      applicationNumber: notice.entries[index]?.applicationNumber ?? '',
      state,
      stateLabel: stateLabel(state),
      // The count in the facts belongs to the notice the entry is under now, which may be a later one.
      unresolvedObjections: confirmable[index]?.unresolvedObjections ?? 0,
      creationPeriodEndsOn: (application?.facts as LifecycleFacts | undefined)?.creationPeriodEndsOn ?? null,
    };
  });
  const objections = await noticesRepository.listObjections(deps.db, id);
  // An objection to an entry taken off the notice by Art. 12 or ineligibility is no longer work (left-by-decision.ts).
  const unresolvedCount = objections.filter((o) => {
    const application = applications.get(o.applicationId);
    return o.status === 'received' && !(application && leftNoticeByDecision({ state: application.state, facts: application.facts as LifecycleFacts }, notice));
  }).length;
  return {
    ...toAdminSummary(notice, { objectionCount: objections.length, unresolvedCount }, today),
    text: notice.text,
    entries,
    confirmBlockedReason: confirmBlockedReason(notice, confirmable, today),
  };
}
