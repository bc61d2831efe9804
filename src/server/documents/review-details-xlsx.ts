// The internal export of every review detail of one call (Art. 7(2); Art. 8 supervision by 纪检监察、审计): the
// summary per application and each expert's scores and comments. Internal only: never linked from public pages.
import { buildWorkbook } from './xlsx-workbook';

export interface ReviewSummaryRow {
  applicationNumber: string;
  name: string;
  organisationName: string;
  cityName: string;
  countyName: string;
  carrier: string;
  state: string;
  formalCheck: string;
  formalCheckNote: string;
  scoredExperts: number;
  meanScore: number | null;
  cityDecision: string;
  cityReason: string;
  provinceDecision: string;
  provinceReason: string;
}

export interface ExpertScoreRow {
  applicationNumber: string;
  name: string;
  expertName: string;
  declaration: string;
  scores: Record<string, number | null>;
  total: number | null;
  comments: string;
  submittedAt: string;
}

export function reviewDetailsWorkbook(criteria: readonly { code: string; name: string }[], summary: readonly ReviewSummaryRow[], experts: readonly ExpertScoreRow[]): Promise<Buffer> {
  return buildWorkbook([
    {
      name: '评审汇总',
      columns: [
        { header: '申报编号', key: 'applicationNumber', width: 24 },
        { header: '平台（基地）名称', key: 'name', width: 34 },
        { header: '运营主体', key: 'organisationName', width: 28 },
        { header: '地市', key: 'cityName', width: 10 },
        { header: '区县', key: 'countyName', width: 10 },
        { header: '载体类型', key: 'carrier', width: 8 },
        { header: '当前状态', key: 'state', width: 22 },
        { header: '形式审查', key: 'formalCheck', width: 10 },
        { header: '形式审查说明', key: 'formalCheckNote', width: 30 },
        { header: '评分专家数', key: 'scoredExperts', width: 10 },
        { header: '专家平均分', key: 'meanScore', width: 10 },
        { header: '地市初审决定', key: 'cityDecision', width: 20 },
        { header: '地市理由', key: 'cityReason', width: 30 },
        { header: '省级决定', key: 'provinceDecision', width: 20 },
        { header: '省级理由', key: 'provinceReason', width: 30 },
      ],
      rows: summary.map((row) => ({ ...row })),
    },
    {
      name: '专家评分明细',
      columns: [
        { header: '申报编号', key: 'applicationNumber', width: 24 },
        { header: '平台（基地）名称', key: 'name', width: 34 },
        { header: '专家', key: 'expertName', width: 12 },
        { header: '利害关系声明', key: 'declaration', width: 14 },
        ...criteria.map((criterion) => ({ header: criterion.name, key: `score:${criterion.code}`, width: 10 })),
        { header: '总分', key: 'total', width: 8 },
        { header: '评审意见', key: 'comments', width: 50 },
        { header: '提交时间', key: 'submittedAt', width: 18 },
      ],
      rows: experts.map(({ scores, ...row }) => ({ ...row, ...Object.fromEntries(criteria.map((criterion) => [`score:${criterion.code}`, scores[criterion.code] ?? null])) })),
    },
  ]);
}
