// The object's Art. 14 records (ADR 0016), newest activity first, withdrawn ones included (shown struck with their
// reason) but not counted; optionally only those held from/to a day (both inclusive).
import type { ObligationRecordsView, ObligationsQuery } from '../../contracts/obligations';
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { countObligations } from '../../domain/obligations/obligation-rules';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { canRecord } from './obligation-access';
import { toObligationRecordViews } from './obligation-record-view';

export async function listObligations(deps: Deps, ctx: RequestContext, id: string, query: ObligationsQuery): Promise<ObligationRecordsView> {
  const { actor, application } = await loadCreationObject(deps, ctx, id, { action: 'obligation.read' });
  const rows = await obligationRecordsRepository.list(deps.db, application.id, { from: query.from, to: query.to });
  return {
    records: await toObligationRecordViews(deps.db, rows),
    counts: countObligations(rows),
    canRecord: canRecord(actor, application),
  };
}
