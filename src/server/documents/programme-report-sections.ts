// What the yearly programme report (年度工作报告, F8 item 3) says, in Chinese, from the year's figures: the call,
// the applications (by city in division-code order and by carrier), the creation objects (by stage), the
// certifications (in certificate order), the re-reviews (合格/整改/撤销), the revocations with their published
// reasons (Art. 12) and the change reports made late (Art. 11). No ranking anywhere (Art. 8).
import type { ApplicationFigures, CreationFigures, ReportCall, ReportCertification, ReportReReviewRound, ReportRevocation } from '../../db/repositories/programme-report.repository';
import { CITIES, findCity } from '../../domain/divisions/divisions';
import { STATE_INFO, STATES, stateLabel } from '../../domain/lifecycle/states';
import { chineseDate, type PlainDate } from '../../domain/shared/plain-date';
import { PLATFORM_KIND_LABELS, type PlatformKind } from '../../domain/standards/types';
import type { ProgrammeReportDocument, ReportSection } from './programme-report-docx';

export interface ProgrammeReportFigures {
  year: number;
  /** null for the whole province. */
  cityCode: string | null;
  asOf: PlainDate;
  call: ReportCall;
  applications: readonly ApplicationFigures[];
  creation: CreationFigures;
  certifications: readonly ReportCertification[];
  reReviews: readonly ReportReReviewRound[];
  revocations: readonly ReportRevocation[];
  overdueChangeReports: number;
}

const CARRIER_ROWS: { label: string; matches: (row: ApplicationFigures) => boolean }[] = [
  ...(Object.keys(PLATFORM_KIND_LABELS) as PlatformKind[]).map((kind) => ({ label: PLATFORM_KIND_LABELS[kind], matches: (row: ApplicationFigures) => row.carrier === 'platform' && row.platformKind === kind })),
  { label: '其他平台', matches: (row) => row.carrier === 'platform' && !(row.platformKind !== null && row.platformKind in PLATFORM_KIND_LABELS) },
  { label: '示范基地', matches: (row) => row.carrier === 'base' },
];

const REVOCATION_BASIS: Record<string, string> = {
  cancel_creation: '列入严重失信主体名单或经查实数据、资料弄虚作假（第十二条）',
  revoke_certification: '列入严重失信主体名单或经查实数据、资料弄虚作假（第十二条）',
  fail_re_review: '连续两年未通过复核（第十条）',
  revoke_after_change: '发生重大变化后经审核撤销（第十一条）',
};

const cityNameOf = (code: string): string => findCity(code)?.name ?? code;
const sum = (rows: readonly ApplicationFigures[], key: 'submitted' | 'recommended' | 'shortlisted'): number => rows.reduce((total, row) => total + row[key], 0);

function applicationsSection(figures: ProgrammeReportFigures): ReportSection {
  const rows = figures.applications;
  const cities = figures.cityCode === null ? CITIES.map((city) => city.code) : [figures.cityCode];
  const byCity = cities.map((code) => {
    const ofCity = rows.filter((row) => row.cityCode === code);
    return [cityNameOf(code), sum(ofCity, 'submitted'), sum(ofCity, 'recommended'), sum(ofCity, 'shortlisted')] as const;
  });
  const byCarrier = CARRIER_ROWS.map(({ label, matches }) => {
    const ofCarrier = rows.filter(matches);
    return [label, sum(ofCarrier, 'submitted'), sum(ofCarrier, 'recommended'), sum(ofCarrier, 'shortlisted')] as const;
  }).filter((row, index) => index < 2 || index === CARRIER_ROWS.length - 1 || row[1] + row[2] + row[3] > 0);
  const headers = ['', '提交申报', '地市推荐', '确定为拟创建对象'];
  return {
    heading: '二、申报情况',
    paragraphs: [
      `${figures.year}年度共有${sum(rows, 'submitted')}个平台（基地）提交申报，经地市初审推荐${sum(rows, 'recommended')}个，经省级审核、专家评审确定拟创建对象${sum(rows, 'shortlisted')}个（创建名额${figures.call.creationQuota}个）。`,
    ],
    tables: [
      {
        title: '表1　各地市申报情况（按行政区划代码排列）',
        table: { headers: ['地市', ...headers.slice(1)], rows: byCity },
        chart: { categories: byCity.map((row) => [row[1], row[2], row[3]]), caption: '图1　各地市申报情况：每组三柱依次为提交申报、地市推荐、拟创建对象，地市按行政区划代码排列（数值见表1）' },
      },
      { title: '表2　按载体类型', table: { headers: ['载体类型', ...headers.slice(1)], rows: byCarrier } },
    ],
  };
}

function creationSection(figures: ProgrammeReportFigures): ReportSection {
  const { creation } = figures;
  const stages = STATES.filter((state) => STATE_INFO[state].phase === 'creation' && !['exited', 'creation_cancelled'].includes(state));
  const stageRows = stages.map((state) => [stateLabel(state), creation.atYearEnd.find((row) => row.state === state)?.count ?? 0] as const);
  const inCreation = stageRows.reduce((total, row) => total + row[1], 0);
  return {
    heading: '三、创建对象',
    paragraphs: [
      `本年度新确定创建对象${creation.started}个；初次验收未通过、创建期延长1年的${creation.extended}个；延期后再次验收未通过、退出创建的${creation.exited}个；取消创建资格的${creation.cancelled}个。`,
      `截至${chineseDate(figures.asOf)}，处于创建期各阶段的创建对象共${inCreation}个。`,
    ],
    tables: [
      {
        title: '表3　年末创建对象所处阶段（按创建流程排列）',
        table: { headers: ['阶段', '数量'], rows: stageRows },
        chart: { categories: stageRows.map((row) => [row[1]]), caption: `图2\u3000年末创建对象所处阶段，依次为${stageRows.map((row) => row[0]).join('、')}（数值见表3）` },
      },
    ],
  };
}

function certificationSection(figures: ProgrammeReportFigures): ReportSection {
  const list = figures.certifications;
  const platforms = list.filter((row) => row.carrier === 'platform').length;
  return {
    heading: '四、认定情况',
    paragraphs: [`本年度发文公告认定示范平台${platforms}个、示范基地${list.length - platforms}个，证书编号如下（按证书编号排列）。`],
    tables: [],
    lists: (['platform', 'base'] as const).map((carrier) => ({
      title: `本年度认定的示范${carrier === 'platform' ? '平台' : '基地'}（证书编号、名称、地市、认定日期）：`,
      entries: list.filter((row) => row.carrier === carrier).map((row) => `${row.certificateNumber}\u3000${row.name}（${cityNameOf(row.cityCode)}，${chineseDate(row.certifiedOn)}）`),
    })),
  };
}

function reReviewSection(figures: ProgrammeReportFigures): ReportSection {
  const rounds = figures.reReviews;
  const total = (key: 'total' | 'passed' | 'rectifying' | 'revoked' | 'undecided') => rounds.reduce((sumOf, round) => sumOf + round[key], 0);
  const outcomes = [
    ['合格', total('passed')],
    ['整改', total('rectifying')],
    ['撤销', total('revoked')],
    ['尚未作出结论', total('undecided')],
  ] as const;
  return {
    heading: '五、复核情况',
    paragraphs: [`本年度开展复核${rounds.length}批，涉及已认定平台（基地）${total('total')}个：复核合格${total('passed')}个，给予1年整改期${total('rectifying')}个，连续两次未通过复核撤销认定命名${total('revoked')}个，尚未作出结论${total('undecided')}个。`],
    tables: [
      { title: '表4　复核批次', table: { headers: ['复核批次', '开始日期', '复核对象', '合格', '整改', '撤销', '尚未作出结论'], rows: rounds.map((round) => [round.title, chineseDate(round.opensOn), round.total, round.passed, round.rectifying, round.revoked, round.undecided]) } },
      {
        title: '表5　复核结论',
        table: { headers: ['结论', '数量'], rows: outcomes },
        chart: { categories: outcomes.map((row) => [row[1]]), caption: '图3　复核结论，依次为合格、整改、撤销、尚未作出结论（数值见表5）' },
      },
    ],
  };
}

function revocationSection(figures: ProgrammeReportFigures): ReportSection {
  return {
    heading: '六、撤销认定命名与取消创建资格',
    paragraphs: [`本年度撤销认定命名${figures.revocations.filter((row) => row.toState === 'revoked').length}个，取消创建资格${figures.revocations.filter((row) => row.toState === 'creation_cancelled').length}个。理由已依第十二条向社会公布。`],
    tables: [
      {
        title: '表6　撤销与取消名单（按日期排列）',
        table: {
          headers: ['日期', '平台（基地）名称', '地市', '处理', '依据', '公布的理由'],
          rows: figures.revocations.map((row) => [chineseDate(row.occurredOn), row.name, cityNameOf(row.cityCode), row.toState === 'revoked' ? '撤销认定命名' : '取消创建资格', REVOCATION_BASIS[row.event] ?? row.event, row.reason ?? '（未公开）']),
        },
      },
    ],
  };
}

export function programmeReportDocument(figures: ProgrammeReportFigures): ProgrammeReportDocument {
  const scopeName = figures.cityCode === null ? '全省' : cityNameOf(figures.cityCode);
  const call = figures.call;
  return {
    title: `${figures.year}年度广东省中小企业公共服务示范平台（基地）创建工作报告`,
    preface: [`统计范围：${scopeName}`, `统计截至：${chineseDate(figures.asOf)}`],
    sections: [
      {
        heading: '一、年度创建工作通知',
        paragraphs: [`${figures.year}年度发布《${call.title}》，申报时间为${chineseDate(call.opensOn)}至${chineseDate(call.closesOn)}，地市初审截止${chineseDate(call.cityReviewDeadline)}，创建名额${call.creationQuota}个。`],
        tables: [],
      },
      applicationsSection(figures),
      creationSection(figures),
      certificationSection(figures),
      reReviewSection(figures),
      revocationSection(figures),
      {
        heading: '七、逾期事项',
        paragraphs: [`本年度运营主体超过3个月期限才报告的重大变化（第十一条）${figures.overdueChangeReports}件。`],
        tables: [],
      },
    ],
    closing: ['注：各表、各图按行政区划代码、创建流程阶段或证书编号排列，不分先后，不作排名（第八条）。', '广东省工业和信息化厅'],
  };
}
