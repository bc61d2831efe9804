// How the 国家级名单 pages show an outcome (Art. 9; ADR 0017): the colour of its tag and the counts line of an upload.
import type { NationalUploadSummary } from '../../../../src/contracts/national-tier';
import { NATIONAL_ROW_OUTCOMES, NATIONAL_ROW_OUTCOME_LABELS, type NationalRowOutcome } from '../../../../src/domain/registry/national-tier';

const OUTCOME_COLOURS: Record<NationalRowOutcome, string> = {
  marked: 'green',
  already_national: 'blue',
  manually_matched: 'green',
  created: 'cyan',
  not_certified: 'orange',
  ambiguous: 'orange',
  unmatched: 'red',
  dismissed: 'default',
};

export const outcomeColour = (outcome: NationalRowOutcome) => OUTCOME_COLOURS[outcome];

/** Short words for the counts line, in the outcomes' order; outcomes with no row are left out. */
const SHORT_LABELS: Record<NationalRowOutcome, string> = {
  marked: '自动标注',
  already_national: '原已为国家级',
  not_certified: '未处于已认定',
  ambiguous: '多个条目',
  unmatched: '未匹配',
  manually_matched: '人工匹配',
  created: '新列入',
  dismissed: '无需处理',
};

export function countsText(upload: Pick<NationalUploadSummary, 'counts'>): string {
  return NATIONAL_ROW_OUTCOMES.filter((outcome) => (upload.counts[outcome] ?? 0) > 0)
    .map((outcome) => `${SHORT_LABELS[outcome]}${upload.counts[outcome]}`)
    .join(' · ');
}

export const outcomeLabel = (outcome: NationalRowOutcome) => NATIONAL_ROW_OUTCOME_LABELS[outcome];
