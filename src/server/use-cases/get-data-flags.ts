import type { DataFlagsView } from '../../contracts/indicators';
import { dataFlagsRepository, type ImportRecord } from '../../db/repositories/data-flags.repository';
import { buildDataFlags, FLAG_NOTE, outsidePeriodBounds, type AnswerGroup } from '../../domain/creation-data/data-flags';
import { shanghaiDateOf } from '../clock';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

const SOURCE_LABELS: Record<string, string> = { file: '文件导入', api: '接口推送', form: '表单更正' };

/** Art. 12 data-quality hints over all of a creation object's data: for reviewers to look at, never acted on. */
export async function getDataFlags(deps: Deps, ctx: RequestContext, id: string): Promise<DataFlagsView> {
  const { application, period } = await loadCreationObject(deps, ctx, id);
  const db = deps.db;
  const [imports, outsideGuangdong, outsidePeriod, sameDayRepeats, events, answers] = await Promise.all([
    dataFlagsRepository.importRejections(db, id),
    dataFlagsRepository.outsideGuangdong(db, id),
    dataFlagsRepository.outsidePeriod(db, id, outsidePeriodBounds(period, application.state)),
    dataFlagsRepository.sameDayRepeats(db, id),
    dataFlagsRepository.comparableEvents(db, id),
    dataFlagsRepository.answersByImport(db, id),
  ]);
  // The error reports name the column 统一社会信用代码 (or 企业统一社会信用代码, 参加企业统一社会信用代码 …).
  const rejectedCreditCodes = imports.map((i) => ({
    source: importLabel(i),
    rows: Object.entries(i.rejectedByColumn).reduce((sum, [column, n]) => (column.includes('信用代码') ? sum + n : sum), 0),
  }));
  const answerGroups: AnswerGroup[] = answers.map((a) => ({ label: importLabel(a), answers: a.answers, lowest: a.lowest, highest: a.highest }));
  // With one import the whole data set is that import: judging it twice would count one finding twice.
  if (answers.length > 1) {
    const values = answers.flatMap((a) => [a.lowest, a.highest]).filter((v): v is number => v !== null);
    answerGroups.push({ label: '全部数据', answers: answers.reduce((sum, a) => sum + a.answers, 0), lowest: Math.min(...values), highest: Math.max(...values) });
  }
  return { flags: buildDataFlags({ rejectedCreditCodes, outsideGuangdong, outsidePeriod, sameDayRepeats, events, answerGroups }), note: FLAG_NOTE };
}

function importLabel(record: ImportRecord): string {
  return `${record.fileName ?? SOURCE_LABELS[record.source] ?? record.source}（${shanghaiDateOf(record.createdAt)}）`;
}
