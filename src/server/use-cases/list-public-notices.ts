import type { PublicNoticeSummary } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import type { Deps } from './context';
import { toPublicSummary } from './notice-view';

/** 公示 published on the department's site (Art. 7(2)(4)), newest first. Public and sessionless. */
export async function listPublicNotices(deps: Pick<Deps, 'db'>): Promise<PublicNoticeSummary[]> {
  return (await noticesRepository.listNotices(deps.db)).map(({ notice }) => toPublicSummary(notice));
}
