// 基地服务活动: the service activities a base organises for its enterprises (Attachment 2, 服务活动), with the
// participating enterprises by credit code. Same shape and same storage as a platform's 线下服务活动, so the row type,
// the participant list and the record identity are those of service-events.ts; only the wording is the base's.
import { optional, readDate, readText } from '../cells';
import type { DatasetColumn, DatasetRowSchema } from '../row-schema';
import { readRow } from './row-reader';
import { readParticipantCodes, type ServiceEventRow } from './service-events';

export const BASE_ACTIVITY_COLUMNS = [
  { key: 'externalId', header: '活动编号', isRequired: false, example: 'JD2026001', hint: '选填。基地自己的活动编号，填写后按编号识别重复活动' },
  { key: 'eventDate', header: '活动日期', isRequired: true, example: '2026-03-05', hint: '格式YYYY-MM-DD，不晚于今天' },
  { key: 'topic', header: '活动主题', isRequired: true, example: '入驻企业知识产权培训', hint: '不超过200字' },
  {
    key: 'participantCodes',
    header: '参加企业统一社会信用代码',
    isRequired: true,
    example: '914403001922038216、9144030071526726XG',
    hint: '参加企业的统一社会信用代码，多个用顿号、逗号、分号或换行分隔',
  },
] as const satisfies readonly DatasetColumn[];

type BaseActivityKey = (typeof BASE_ACTIVITY_COLUMNS)[number]['key'];

export const BASE_ACTIVITIES_SCHEMA: DatasetRowSchema<ServiceEventRow> = {
  dataset: 'baseActivities',
  columns: BASE_ACTIVITY_COLUMNS,
  parseRow(cells, context) {
    const row = readRow<BaseActivityKey>(BASE_ACTIVITY_COLUMNS, cells);
    const externalId = row.read('externalId', (raw) => optional(raw, (value) => readText(value, 64)));
    const eventDate = row.read('eventDate', (raw) => readDate(raw, { notAfter: context.today }));
    const topic = row.read('topic', (raw) => readText(raw, 200));
    const participantCodes = row.read('participantCodes', readParticipantCodes);
    return row.finish(() => ({ externalId: externalId ?? null, eventDate: eventDate!, topic: topic!, participantCodes: participantCodes! }));
  },
};

/** A stored activity written back as the cells of the template (what a form shows and corrects). */
export function serviceEventCells(row: ServiceEventRow): Record<BaseActivityKey, string> {
  return { externalId: row.externalId ?? '', eventDate: row.eventDate, topic: row.topic, participantCodes: row.participantCodes.join('、') };
}
