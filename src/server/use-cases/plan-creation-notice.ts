// What a 拟创建对象 notice for a call would list today, and its window: shared by the preview and the publication
// so the province publishes exactly what it previewed (Art. 7(2), DESIGN §3).
import { applicationsRepository, type ApplicationRow } from '../../db/repositories/applications.repository';
import { callsRepository, type CallRow } from '../../db/repositories/calls.repository';
import type { NoticeEntry } from '../../db/schema/publicity';
import type { Db } from '../../db/client';
import type { PublicityWindow } from '../../domain/calendar/working-calendar';
import { inNeutralOrder } from '../../domain/publicity/notice-entries';
import { AppError } from '../../domain/shared/app-error';
import type { Deps } from './context';
import { notFound } from './require-actor';
import { noticeWindowFrom, toNoticeEntry } from './notice-plan';

export interface CreationNoticePlan {
  call: CallRow;
  publishedOn: string;
  window: PublicityWindow;
  handlingDueOn: string;
  /** The shortlisted applications in the notice's neutral order, with their published lines. */
  items: { application: ApplicationRow; entry: NoticeEntry }[];
}

export async function planCreationNotice(db: Db, deps: Deps, callId: string): Promise<CreationNoticePlan> {
  const call = await callsRepository.findById(db, callId);
  if (!call || call.status !== 'published') throw notFound();
  const rows = await applicationsRepository.list(db, { kind: 'all' }, { callId, states: ['shortlisted'] });
  if (rows.length === 0) {
    throw new AppError('NOTHING_TO_PUBLISH', `${call.year}年度通知下没有“拟创建对象”状态的申报，无需发布公示`);
  }
  const publishedOn = deps.clock.today();
  const { window, handlingDueOn } = await noticeWindowFrom(db, publishedOn);
  const items = rows.map((row) => ({ application: row.application, entry: toNoticeEntry(row) }));
  const ordered = inNeutralOrder(items.map((item) => ({ ...item.entry, item })));
  return { call, publishedOn, window, handlingDueOn, items: ordered.map(({ item }) => item) };
}
