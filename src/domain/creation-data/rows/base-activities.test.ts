import { describe, expect, it } from 'vitest';
import { BASE_ACTIVITIES_SCHEMA, BASE_ACTIVITY_COLUMNS, serviceEventCells } from './base-activities';
import { exampleOf, parse } from './rows.fixture';

const ACTIVITY = { externalId: '', eventDate: '2026-06-30', topic: '入驻企业知识产权培训', participantCodes: '9144030071526726XG、914403001922038216' };

describe('基地服务活动 rows', () => {
  it('accepts the template example; participants are distinct and sorted', () => {
    expect(parse(BASE_ACTIVITIES_SCHEMA, exampleOf(BASE_ACTIVITY_COLUMNS))).toEqual({
      externalId: 'JD2026001',
      eventDate: '2026-03-05',
      topic: '入驻企业知识产权培训',
      participantCodes: ['914403001922038216', '9144030071526726XG'],
    });
  });

  it.each([
    ['held today is accepted', { eventDate: '2026-06-30' }, null],
    ['held tomorrow is refused', { eventDate: '2026-07-01' }, '活动日期: 日期2026-07-01晚于今天（2026-06-30）'],
    ['a topic of 200 characters is accepted', { topic: '题'.repeat(200) }, null],
    ['a topic of 201 characters is refused', { topic: '题'.repeat(201) }, '活动主题: 不能超过200个字'],
    ['an id of 65 characters is refused', { externalId: 'x'.repeat(65) }, '活动编号: 不能超过64个字'],
    ['no participants are refused', { participantCodes: '、' }, '参加企业统一社会信用代码: 不能为空'],
    [
      'a bad participant code is named by its position',
      { participantCodes: '914403001922038216；914403001922038217' },
      '参加企业统一社会信用代码: 第2个代码“914403001922038217”：统一社会信用代码校验位不正确，请核对后重新输入',
    ],
  ] as const)('%s', (_case, change, problem) => {
    const result = parse(BASE_ACTIVITIES_SCHEMA, { ...ACTIVITY, ...change });
    if (problem === null) expect(Array.isArray(result), JSON.stringify(result)).toBe(false);
    else expect(result).toEqual([problem]);
  });

  it('a stored activity written back as cells reads back unchanged', () => {
    const row = { externalId: null, eventDate: '2026-06-30', topic: '培训', participantCodes: ['914403001922038216', '9144030071526726XG'] };
    expect(parse(BASE_ACTIVITIES_SCHEMA, serviceEventCells(row))).toEqual(row);
  });
});
