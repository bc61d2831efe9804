import { describe, expect, it } from 'vitest';
import type { RowContext } from '../row-schema';
import { MAX_PARTICIPANTS, SERVICE_EVENT_SCHEMA, readParticipantCodes, serviceEventIdentity } from './service-events';

const CONTEXT: RowContext = { today: '2026-06-30', serviceItems: [] };
const A = '914403001922038216';
const B = '9144030071526726XG';
const C = '91350100M000100Y43';

describe('service event row schema', () => {
  it('reads a good row; participants distinct and sorted', () => {
    expect(SERVICE_EVENT_SCHEMA.parseRow(['HD1', '2026-03-05', '政策宣讲会', `${B}、${A}、${B}`], CONTEXT)).toEqual({
      ok: true,
      row: { externalId: 'HD1', eventDate: '2026-03-05', topic: '政策宣讲会', participantCodes: [A, B] },
    });
  });

  it.each([
    [`${A}、${B}`, [A, B]],
    [`${A},${B}`, [A, B]],
    [`${A}，${B}`, [A, B]],
    [`${A};${B}`, [A, B]],
    [`${A}；${B}`, [A, B]],
    [`${A}\n${B}\r\n${C}`, [A, B, C]],
    [`${A}、、 ${B.toLowerCase()} 、`, [A, B]],
    [A, [A]],
  ] as const)('splits %j', (raw, codes) => {
    expect(readParticipantCodes(raw)).toEqual({ ok: true, value: [...codes].sort() });
  });

  it.each([
    ['', '不能为空'],
    ['、，', '不能为空'],
    [`${A}、914403001922038217`, '第2个代码“914403001922038217”：统一社会信用代码校验位不正确，请核对后重新输入'],
    ['123、' + A, '第1个代码“123”：统一社会信用代码应为18位'],
  ])('refuses %j', (raw, reason) => {
    expect(readParticipantCodes(raw)).toEqual({ ok: false, reason });
  });

  it('summarises more than five bad codes', () => {
    const result = readParticipantCodes(Array.from({ length: 7 }, (_, i) => `BAD${i}`).join('、'));
    expect(result.ok === false && result.reason.endsWith('；等共7个代码有误')).toBe(true);
  });

  it.each([
    [MAX_PARTICIPANTS, true],
    [MAX_PARTICIPANTS + 1, false],
  ])('%i participants: accepted %s', (count, isAccepted) => {
    const result = readParticipantCodes(Array.from({ length: count }, () => A).join('、'));
    expect(result.ok).toBe(isAccepted);
    if (!result.ok) expect(result.reason).toBe(`参加企业不能超过${MAX_PARTICIPANTS}家`);
  });

  it.each([
    [1, '2026-06-30', null],
    [1, '2026-07-01', '日期2026-07-01晚于今天（2026-06-30）'],
    [1, '2026-02-30', '日期2026-02-30不存在'],
    [2, '题'.repeat(200), null],
    [2, '题'.repeat(201), '不能超过200个字'],
    [2, '  ', '不能为空'],
  ] as const)('column %i = %j', (index, value, reason) => {
    const cells = ['', '2026-03-05', '宣讲会', A];
    cells[index] = value;
    const outcome = SERVICE_EVENT_SCHEMA.parseRow(cells, CONTEXT);
    if (reason === null) expect(outcome.ok).toBe(true);
    else expect(outcome).toEqual({ ok: false, problems: [{ column: SERVICE_EVENT_SCHEMA.columns[index]!.header, value, reason }] });
  });

  it('identifies an event by its own id when given, else by day, topic and participants', () => {
    const row = { externalId: null, eventDate: '2026-03-05', topic: 'T', participantCodes: [A, B] };
    expect(serviceEventIdentity(row)).not.toBe(serviceEventIdentity({ ...row, participantCodes: [A] }));
    expect(serviceEventIdentity({ ...row, externalId: 'X' })).toBe(serviceEventIdentity({ ...row, externalId: 'X', topic: 'other' }));
  });
});
