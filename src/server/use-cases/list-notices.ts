import type { NoticeAdminSummary } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import type { Deps, RequestContext } from './context';
import { toAdminSummary } from './notice-view';
import { requirePermission } from './require-actor';

/** The province's (and the auditor's) list of notices, with objection counts and overdue handling flagged. */
export async function listNotices(deps: Deps, ctx: RequestContext): Promise<NoticeAdminSummary[]> {
  requirePermission(ctx, 'notice.read');
  const today = deps.clock.today();
  return (await noticesRepository.listNotices(deps.db)).map(({ notice, ...counts }) => toAdminSummary(notice, counts, today));
}
