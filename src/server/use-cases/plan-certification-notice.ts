// What a 拟认定公示 would list today, and its window (Art. 7(4): 拟认定名单通过厅网站公示5个工作日): every
// certification_shortlisted object, of any call, in neutral order. Shared by the preview and the publication so the
// province publishes exactly what it previewed.
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import type { NoticeEntry } from '../../db/schema/publicity';
import type { Db } from '../../db/client';
import { yearOf } from '../../domain/calendar/day-arithmetic';
import type { PublicityWindow } from '../../domain/calendar/working-calendar';
import { inNeutralOrder } from '../../domain/publicity/notice-entries';
import { AppError } from '../../domain/shared/app-error';
import type { Deps } from './context';
import { noticeWindowFrom, toNoticeEntry } from './notice-plan';

export interface CertificationNoticePlan {
  publishedOn: string;
  window: PublicityWindow;
  handlingDueOn: string;
  items: { application: ApplicationRow; entry: NoticeEntry }[];
}

export const defaultCertificationNoticeTitle = (publishedOn: string): string => `${yearOf(publishedOn)}年广东省中小企业公共服务示范平台（基地）拟认定对象公示`;
export const DEFAULT_CERTIFICATION_NOTICE_TEXT =
  '根据《广东省中小企业公共服务示范平台（基地）创建管理办法》第七条，经创建期满评估验收，现将拟认定为广东省中小企业公共服务示范平台（基地）的名单予以公示（按所在地区排列，不分先后）。';

/** The 拟认定对象 now, as a notice would list them (no window: reading them needs no working calendar). */
export async function listShortlistedEntries(db: Db): Promise<{ application: ApplicationRow; entry: NoticeEntry }[]> {
  const rows = await applicationsRepository.list(db, { kind: 'all' }, { states: ['certification_shortlisted'] });
  const items = rows.map((row) => ({ application: row.application, entry: toNoticeEntry(row) }));
  return inNeutralOrder(items.map((item) => ({ ...item.entry, item }))).map(({ item }) => item);
}

export async function planCertificationNotice(db: Db, deps: Pick<Deps, 'clock'>): Promise<CertificationNoticePlan> {
  const items = await listShortlistedEntries(db);
  if (items.length === 0) throw new AppError('NOTHING_TO_PUBLISH', '当前没有“拟认定对象”状态的创建对象，无需发布拟认定公示');
  const publishedOn = deps.clock.today();
  const { window, handlingDueOn } = await noticeWindowFrom(db, publishedOn);
  return { publishedOn, window, handlingDueOn, items };
}
