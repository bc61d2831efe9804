import type { AnnouncementListQuery, AnnouncementPage } from '../../contracts/certification';
import { certificationRepository } from '../../db/repositories/certification.repository';
import { toAnnouncementSummary } from './announcement-view';
import type { Deps } from './context';

/** 认定公告 on the department's site (Art. 7(4)), newest first. Public and sessionless. */
export async function listPublicAnnouncements(deps: Pick<Deps, 'db'>, query: AnnouncementListQuery): Promise<AnnouncementPage> {
  const { rows, total } = await certificationRepository.listAnnouncements(deps.db, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(toAnnouncementSummary), total, page: query.page, pageSize: query.pageSize };
}
