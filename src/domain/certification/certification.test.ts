import { describe, expect, it } from 'vitest';
import { announcementBlockedReason } from './announcement-rules';
import { formatCertificateNumber, numberCertificates, type Carrier } from './certificate-number';

describe('certificate number format (ADR 0015)', () => {
  it.each<[Carrier, number, number, string]>([
    ['platform', 2028, 1, '粤中小示范平台〔2028〕001号'],
    ['base', 2028, 1, '粤中小示范基地〔2028〕001号'],
    ['platform', 2028, 9, '粤中小示范平台〔2028〕009号'],
    ['platform', 2028, 10, '粤中小示范平台〔2028〕010号'],
    ['platform', 2028, 99, '粤中小示范平台〔2028〕099号'],
    ['platform', 2028, 100, '粤中小示范平台〔2028〕100号'],
    ['base', 2026, 999, '粤中小示范基地〔2026〕999号'],
    ['base', 2026, 1000, '粤中小示范基地〔2026〕1000号'],
  ])('%s %i #%i → %s', (carrier, year, sequence, expected) => {
    expect(formatCertificateNumber(carrier, year, sequence)).toBe(expected);
  });

  it.each([
    [2028, 0],
    [2028, -1],
    [2028, 1.5],
    [999, 1],
    [10000, 1],
  ])('refuses year %i sequence %i', (year, sequence) => {
    expect(() => formatCertificateNumber('platform', year, sequence)).toThrow();
  });
});

describe('numbering one announcement', () => {
  const entry = (cityCode: string, name: string, carrier: Carrier) => ({ cityCode, countyCode: `${cityCode.slice(0, 4)}01`, name, applicationNumber: name, carrier });

  it('numbers each carrier on from the year’s last sequence, in neutral order whatever the input order', () => {
    const numbered = numberCertificates(
      [entry('440300', '深圳基地', 'base'), entry('440300', '深圳平台', 'platform'), entry('440100', '广州平台', 'platform'), entry('440100', '广州基地', 'base')],
      2028,
      { platform: 0, base: 998 },
    );
    expect(numbered.map((e) => [e.name, e.sequence, e.certificateNumber])).toEqual([
      ['广州基地', 999, '粤中小示范基地〔2028〕999号'],
      ['广州平台', 1, '粤中小示范平台〔2028〕001号'],
      ['深圳基地', 1000, '粤中小示范基地〔2028〕1000号'],
      ['深圳平台', 2, '粤中小示范平台〔2028〕002号'],
    ]);
  });

  it('gives nothing for an empty announcement and leaves the counts it was given untouched', () => {
    const last = { platform: 3, base: 4 };
    expect(numberCertificates([], 2028, last)).toEqual([]);
    numberCertificates([entry('440100', '甲', 'platform')], 2028, last);
    expect(last).toEqual({ platform: 3, base: 4 });
  });
});

describe('when the 认定公告 may be published (Art. 7(4))', () => {
  const notice = { stage: 'certification', endsOn: '2026-10-09' };
  const open = (name: string, unresolvedObjections = 0) => ({ name, isUnderNotice: true, unresolvedObjections });
  // Sent back to acceptance by an upheld objection, or listed on a later notice since.
  const withdrawn = (name: string) => ({ name, isUnderNotice: false, unresolvedObjections: 0 });

  it.each<[string, Parameters<typeof announcementBlockedReason>, string | null]>([
    ['a creation notice', [{ stage: 'creation', endsOn: '2026-10-09' }, [open('甲')], '2026-10-10', null], '该公示不是拟认定对象公示，不能据此发布认定公告。'],
    ['already announced', [notice, [open('甲')], '2026-10-12', '2026-10-10'], '该公示的认定公告已于2026-10-10发布，不能重复发布。'],
    ['on the window’s last day', [notice, [open('甲')], '2026-10-09', null], '公示期至2026-10-09（含当日）结束，期满后方可发文公告正式认定。'],
    ['the day after the window', [notice, [open('甲')], '2026-10-10', null], null],
    ['an open objection', [notice, [open('甲', 1), open('乙')], '2026-10-10', null], '尚有异议未核实：甲。请先认定异议是否属实。'],
    ['an upheld entry beside a clean one', [notice, [withdrawn('甲'), open('乙')], '2026-10-10', null], null],
    ['every entry withdrawn', [notice, [withdrawn('甲')], '2026-10-10', null], '公示名单中已没有待认定的对象。'],
  ])('%s', (_label, args, expected) => {
    expect(announcementBlockedReason(...args)).toBe(expected);
  });
});
