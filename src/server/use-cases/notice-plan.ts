// What every 公示 plan shares (Art. 7(2)(4)): the window of 5 working days from the publication day and the
// objection-handling deadline, both from the working calendar, and the published line of an application.
import type { Db } from '../../db/client';
import type { applicationsRepository } from '../../db/repositories/applications.repository';
import type { NoticeEntry } from '../../db/schema/publicity';
import { yearOf } from '../../domain/calendar/day-arithmetic';
import { publicityWindow, type PublicityWindow } from '../../domain/calendar/working-calendar';
import { objectionHandlingDueOn } from '../../domain/publicity/objection-window';
import { withWorkingCalendar } from './with-working-calendar';

type ListedApplication = Awaited<ReturnType<typeof applicationsRepository.list>>[number];

export async function noticeWindowFrom(db: Db, publishedOn: string): Promise<{ window: PublicityWindow; handlingDueOn: string }> {
  const year = yearOf(publishedOn);
  return withWorkingCalendar({ db }, [year, year + 1], (calendar) => {
    const window = publicityWindow(calendar, publishedOn);
    return { window, handlingDueOn: objectionHandlingDueOn(calendar, window.end) };
  });
}

/** The line a notice publishes for an application: who and where, never a score (Art. 8). */
export function toNoticeEntry({ application, organisationName, countyCode }: ListedApplication): NoticeEntry {
  return {
    applicationId: application.id,
    applicationNumber: application.applicationNumber ?? '',
    name: application.name,
    organisationName,
    cityCode: application.cityCode,
    countyCode,
    carrier: application.carrier as NoticeEntry['carrier'],
  };
}
