// The working-day calendar (DESIGN §3, §7): the public 公示 window computation and the province's holiday
// schedules (节假日安排), one immutable version per publication.
import { z } from 'zod';
import { MAX_HOLIDAYS, MAX_WORKDAYS, findScheduleIssues } from '../domain/calendar/schedule-rules';
import { PUBLICITY_WORKING_DAYS } from '../domain/calendar/working-calendar';
import { zPlainDate, zText } from './fields';

export const MAX_PUBLICITY_DAYS = 30;
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;

const YEAR_MESSAGE = { message: '年份应为四位数字' };
const EARLIEST = { message: `年份不能早于${FIRST_CALENDAR_YEAR}年` };
const LATEST = { message: `年份不能晚于${LAST_CALENDAR_YEAR}年` };
// A path parameter arrives as text; the request body carries a number.
const zYearParam = z.coerce.number(YEAR_MESSAGE).int(YEAR_MESSAGE).min(FIRST_CALENDAR_YEAR, EARLIEST).max(LAST_CALENDAR_YEAR, LATEST);
const zYearField = z
  .number({ error: (issue) => (issue.input === undefined ? '请填写年份' : '年份应为四位数字') })
  .int(YEAR_MESSAGE)
  .min(FIRST_CALENDAR_YEAR, EARLIEST)
  .max(LAST_CALENDAR_YEAR, LATEST);

/** GET /api/v1/calendar/publicity-window?start=YYYY-MM-DD&days=5 */
export const zPublicityWindowQuery = z.strictObject({
  start: zPlainDate('公示发布日期'),
  days: z.coerce
    .number({ error: '公示天数应为整数' })
    .int({ message: '公示天数应为整数' })
    .min(1, { message: '公示天数最少为1个工作日' })
    .max(MAX_PUBLICITY_DAYS, { message: `公示天数最多为${MAX_PUBLICITY_DAYS}个工作日` })
    .default(PUBLICITY_WORKING_DAYS),
});
export type PublicityWindowQuery = z.infer<typeof zPublicityWindowQuery>;

export interface PublicityWindowResponse {
  start: string;
  /** The notice ends at 23:59:59 Asia/Shanghai on this day. */
  end: string;
  workingDays: string[];
}

export const zCalendarYearParams = z.strictObject({ year: zYearParam });
export const zCalendarYearQuery = z.strictObject({
  version: z.coerce.number({ error: '版本号应为正整数' }).int({ message: '版本号应为正整数' }).min(1, { message: '版本号应为正整数' }).optional(),
});

const toPath = (path: string) => path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

export const zPublishCalendarYearRequest = z
  .strictObject({
    year: zYearField,
    holidays: z
      .array(zPlainDate('放假日期'), { error: '请填写放假日期' })
      .max(MAX_HOLIDAYS, { message: `放假日期不能超过${MAX_HOLIDAYS}个` }),
    workdays: z
      .array(zPlainDate('调休上班日期'), { error: '请填写调休上班日期（没有可留空）' })
      .max(MAX_WORKDAYS, { message: `调休上班日期不能超过${MAX_WORKDAYS}个` }),
    note: zText('发布说明', 2, 500),
  })
  .superRefine((value, ctx) => {
    for (const issue of findScheduleIssues(value)) ctx.addIssue({ code: 'custom', path: toPath(issue.path), message: issue.message });
  });
export type PublishCalendarYearRequest = z.infer<typeof zPublishCalendarYearRequest>;

/** One published version of a year's schedule. */
export interface CalendarYearVersion {
  year: number;
  version: number;
  holidayCount: number;
  workdayCount: number;
  source: string;
  note: string;
  createdByName: string | null;
  createdAt: string;
  /** The highest version of its year: the one computations use. */
  isInForce: boolean;
}

export interface CalendarYearList {
  /** Every version, newest year first, then newest version first. */
  items: CalendarYearVersion[];
}

export interface CalendarYearDetail extends CalendarYearVersion {
  holidays: string[];
  workdays: string[];
  /** All versions of the year, newest first. */
  versions: CalendarYearVersion[];
}
