import type { AnnouncementView } from '../../contracts/certification';
import { certificationRepository } from '../../db/repositories/certification.repository';
import { toAnnouncementView } from './announcement-view';
import type { Deps } from './context';
import { notFound } from './require-actor';

/** One 认定公告 as the public reads it: the certified in neutral order with their certificate numbers. */
export async function getPublicAnnouncement(deps: Pick<Deps, 'db'>, id: string): Promise<AnnouncementView> {
  const row = await certificationRepository.findAnnouncement(deps.db, id);
  if (!row) throw notFound();
  return toAnnouncementView(row);
}
