import { describe, expect, it } from 'vitest';
import { CURRENT_STANDARD_SET as SET } from '../standards/standard-sets';
import { divisionCoverage, eventMinParticipants, serviceItemDelivery, type RecordsAt } from './indicator-details';

const at = (divisionCode: string, records: number, serviceItem = '创业指导'): RecordsAt => ({ divisionCode, serviceItem, records });

describe('division coverage lists every next-level division, covered or not', () => {
  it('a city platform: counties covered by records there; other cities and unknown codes apart', () => {
    const coverage = divisionCoverage('440200', [at('440203', 3), at('440203', 2, '管理咨询'), at('440204', 1), at('440103', 4), at('449999', 1)]);
    expect([coverage.regionName, coverage.covered, coverage.total]).toEqual(['韶关市', 2, 10]);
    expect(coverage.divisions.slice(0, 3)).toEqual([
      { code: '440203', name: '武江区', isCovered: true, records: 5 },
      { code: '440204', name: '浈江区', isCovered: true, records: 1 },
      { code: '440205', name: '曲江区', isCovered: false, records: 0 },
    ]);
    expect(coverage.outside).toEqual([{ code: '440103', name: '荔湾区', records: 4 }]);
    expect(coverage.unknown).toEqual([{ code: '449999', records: 1 }]);
  });

  it('a provincial platform: counties map up to their city', () => {
    const coverage = divisionCoverage('440000', [at('440103', 1), at('440106', 1), at('441900003', 2)]);
    expect([coverage.covered, coverage.total]).toEqual([2, 21]);
    expect(coverage.divisions.filter((d) => d.isCovered)).toEqual([
      { code: '440100', name: '广州市', isCovered: true, records: 2 },
      { code: '441900', name: '东莞市', isCovered: true, records: 2 },
    ]);
  });

  it('东莞 has towns and streets as its next level', () => {
    const coverage = divisionCoverage('441900', [at('441900003', 1)]);
    expect(coverage.divisions.find((d) => d.code === '441900003')).toEqual({ code: '441900003', name: '东城街道', isCovered: true, records: 1 });
  });
});

describe('service items of the kind’s list, delivered or not', () => {
  it('lists the attachment’s items in its order; others are shown apart and never counted', () => {
    const list = SET.serviceItems.comprehensive;
    const delivery = serviceItemDelivery(list, [at('440103', 2, '创业指导'), at('440104', 1, '创业指导'), at('440103', 1, '数字化转型'), at('440103', 1, '人才培训')]);
    expect(delivery.items.map((i) => i.item)).toEqual(list);
    expect(delivery.items.filter((i) => i.isDelivered)).toEqual([
      { item: '创业指导', isDelivered: true, records: 3 },
      { item: '人才培训', isDelivered: true, records: 1 },
    ]);
    expect(delivery.delivered).toBe(2);
    expect(delivery.unlisted).toEqual([{ item: '数字化转型', records: 1 }]);
  });
});

describe('events count from 15 participants', () => {
  it('reads the number from the standard set', () => {
    expect(eventMinParticipants(SET)).toBe(15);
  });
});
