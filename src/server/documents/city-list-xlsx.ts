// The city's list of applications to one call (Art. 7(1) 初审): one row each, neutral order (Art. 8), no scores.
import type { CityReviewItem } from '../../contracts/city-review';
import { buildWorkbook } from './xlsx-workbook';

const CARRIER_LABELS: Record<string, string> = { platform: '平台', base: '基地' };

export function cityListWorkbook(cityName: string, year: number, items: readonly CityReviewItem[], formatTime: (iso: string | null) => string): Promise<Buffer> {
  return buildWorkbook([
    {
      name: `${cityName}${year}年度初审`,
      columns: [
        { header: '申报编号', key: 'number', width: 24 },
        { header: '平台（基地）名称', key: 'name', width: 36 },
        { header: '运营主体', key: 'organisation', width: 30 },
        { header: '所在区县', key: 'county', width: 12 },
        { header: '载体类型', key: 'carrier', width: 10 },
        { header: '状态', key: 'state', width: 22 },
        { header: '提交时间', key: 'submittedAt', width: 18 },
        { header: '初审决定', key: 'decision', width: 22 },
        { header: '理由', key: 'reason', width: 40 },
      ],
      rows: items.map((item) => ({
        number: item.applicationNumber ?? '',
        name: item.name,
        organisation: item.organisationName,
        county: item.countyName,
        carrier: CARRIER_LABELS[item.carrier] ?? item.carrier,
        state: item.stateLabel,
        submittedAt: formatTime(item.submittedAt),
        decision: item.cityDecision?.label ?? '',
        reason: item.cityDecision?.reason ?? '',
      })),
    },
  ]);
}
