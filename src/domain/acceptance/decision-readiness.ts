// ADR 0015 (Art. 7(3)): the province decides an acceptance review only on its experts' opinions. It may decide once
// every assigned expert has declared whether they have a conflict, every one who declared none has submitted an
// opinion, and at least one opinion is in. An expert who has not declared might still declare none and judge, so
// deciding before would pass over them. The decision, its 待办 and the "all submitted" notice read this one rule.

/** How far a review's experts are. */
export interface OpinionProgress {
  /** Assigned, not yet declared. */
  undeclared: number;
  /** Declared no conflict, opinion not yet submitted. */
  awaited: number;
  submitted: number;
}

export interface ExpertOpinionState {
  declaration: string | null;
  submittedAt: Date | string | null;
}

export function opinionProgressOf(opinions: readonly ExpertOpinionState[]): OpinionProgress {
  return {
    undeclared: opinions.filter((o) => o.declaration === null).length,
    awaited: opinions.filter((o) => o.declaration === 'none' && o.submittedAt === null).length,
    submitted: opinions.filter((o) => o.submittedAt !== null).length,
  };
}

/** Why the province cannot decide the review yet; null when it can. */
export function decideBlockedReason(progress: OpinionProgress): string | null {
  if (progress.undeclared > 0) return `还有${progress.undeclared}位专家尚未声明利害关系`;
  if (progress.awaited > 0) return `还有${progress.awaited}位已声明无利害关系的专家尚未提交验收意见`;
  if (progress.submitted === 0) return '尚无专家提交验收意见，请先指派专家并待其提交意见';
  return null;
}

export const isDecidable = (progress: OpinionProgress): boolean => decideBlockedReason(progress) === null;
