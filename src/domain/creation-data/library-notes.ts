// What the four resource libraries' dated counts say about 数字化智能化建设情况 (Attachment 1). Experts judge that
// indicator (passed: null in the evaluator); these notes put the figures in front of them: each library's size
// at the start of the creation period and as of the window, the growth ("创建期内…扩容5%以上" is the
// certification wording), and whether policy push (政策推送能力, the creation wording) works.
import type { PlainDate } from '../shared/plain-date';

export const LIBRARIES = ['sme', 'policy', 'organisation', 'product'] as const;
export type Library = (typeof LIBRARIES)[number];
export const LIBRARY_LABELS: Record<Library, string> = { sme: '中小企业库', policy: '法律政策库', organisation: '服务机构库', product: '服务产品案例库' };

export interface LibrarySnapshot {
  library: Library;
  asOf: PlainDate;
  count: number;
  /** 政策库 only. */
  hasPolicyPush: boolean | null;
}

/**
 * `snapshots` hold one row per library and day (the latest report of that day). The baseline is the size on the
 * period's first day (the latest report on or before it), else the first report within the period.
 */
export function libraryNotes(snapshots: readonly LibrarySnapshot[], periodStartsOn: PlainDate, asOf: PlainDate): string[] {
  const notes: string[] = [];
  for (const library of LIBRARIES) {
    const rows = snapshots.filter((s) => s.library === library && s.asOf <= asOf).sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
    const current = rows.at(-1);
    if (!current) {
      notes.push(`${LIBRARY_LABELS[library]}：未报送数据量`);
      continue;
    }
    const baseline = rows.filter((s) => s.asOf <= periodStartsOn).at(-1) ?? rows[0];
    let note = `${LIBRARY_LABELS[library]}：${current.count}条（${current.asOf}）`;
    if (baseline && baseline !== current) note = `${LIBRARY_LABELS[library]}：${baseline.count}条（${baseline.asOf}）→ ${current.count}条（${current.asOf}），${growthText(baseline.count, current.count)}`;
    notes.push(note);
  }
  const policy = snapshots.filter((s) => s.library === 'policy' && s.asOf <= asOf && s.hasPolicyPush !== null).sort((a, b) => (a.asOf < b.asOf ? -1 : 1)).at(-1);
  notes.push(policy ? `政策推送：${policy.hasPolicyPush ? '具备' : '不具备'}（${policy.asOf}报送）` : '政策推送：未报送');
  return notes;
}

function growthText(from: number, to: number): string {
  if (from === 0) return to === 0 ? '无变化' : '由0增长';
  const percent = ((to - from) / from) * 100;
  const shown = Math.abs(percent).toFixed(1).replace(/\.0$/, '');
  return percent >= 0 ? `增长${shown}%` : `减少${shown}%`;
}
