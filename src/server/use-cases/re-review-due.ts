// What a round opening on a day would take in (ADR 0016): every certified object whose re-review has fallen due by
// then and every rectifying object whose rectification year is over before then, in the neutral order (Art. 8).
import type { ReReviewDueItem } from '../../contracts/re-review';
import { creationObjectsRepository, type CreationObjectRow } from '../../db/repositories/creation-objects.repository';
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/policy';
import { dueForReReview, type DueForReReview } from '../../domain/re-review/re-review-rules';
import type { PlainDate } from '../../domain/shared/plain-date';
import { toCreationObjectSummary } from './creation-object-view';

export interface DueObject {
  row: CreationObjectRow;
  due: DueForReReview;
}

export async function listDueObjects(db: Db, opensOn: PlainDate): Promise<DueObject[]> {
  const rows = await creationObjectsRepository.list(db, { kind: 'all' });
  return rows.flatMap((row) => {
    const due = dueForReReview(row.application.state, row.application.facts, opensOn);
    return due ? [{ row, due }] : [];
  });
}

export async function listDueItems(db: Db, actor: Actor, today: PlainDate, opensOn: PlainDate): Promise<ReReviewDueItem[]> {
  return (await listDueObjects(db, opensOn)).map(({ row, due }) => ({
    object: toCreationObjectSummary(row, actor, today),
    state: row.application.state,
    dueOn: due.dueOn,
    isAfterRectification: due.isAfterRectification,
  }));
}
