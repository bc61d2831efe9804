import type { CertificationNoticePreview, PublishCertificationNoticeRequest } from '../../contracts/certification';
import type { Deps, RequestContext } from './context';
import { toEntryView } from './notice-view';
import { DEFAULT_CERTIFICATION_NOTICE_TEXT, defaultCertificationNoticeTitle, planCertificationNotice } from './plan-certification-notice';
import { requirePermission } from './require-actor';

/** The entries and window a 拟认定公示 would have if published now (Art. 7(4)); nothing is written. */
export async function previewCertificationNotice(deps: Deps, ctx: RequestContext, input: PublishCertificationNoticeRequest): Promise<CertificationNoticePreview> {
  requirePermission(ctx, 'certification.manage');
  const plan = await planCertificationNotice(deps.db, deps);
  return {
    title: input?.title ?? defaultCertificationNoticeTitle(plan.publishedOn),
    text: input?.text ?? DEFAULT_CERTIFICATION_NOTICE_TEXT,
    publishedOn: plan.publishedOn,
    startsOn: plan.window.start,
    endsOn: plan.window.end,
    handlingDueOn: plan.handlingDueOn,
    entries: plan.items.map(({ entry }) => toEntryView(entry)),
  };
}
