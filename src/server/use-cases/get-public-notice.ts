import type { PublicNoticeDetail } from '../../contracts/notices';
import { noticesRepository } from '../../db/repositories/notices.repository';
import { isObjectionWindowOpen } from '../../domain/publicity/objection-window';
import type { Deps } from './context';
import { entriesWithOutcomes, toPublicSummary } from './notice-view';
import { notFound } from './require-actor';

/** One notice as the public reads it: entries in neutral order, the window, and whether objections are taken now. */
export async function getPublicNotice(deps: Pick<Deps, 'db' | 'clock'>, id: string): Promise<PublicNoticeDetail> {
  const notice = await noticesRepository.findNotice(deps.db, id);
  if (!notice) throw notFound();
  return {
    ...toPublicSummary(notice),
    text: notice.text,
    entries: await entriesWithOutcomes(deps.db, notice),
    isObjectionOpen: isObjectionWindowOpen(notice, deps.clock.today()),
    hasDocument: notice.documentFileId !== null,
  };
}
