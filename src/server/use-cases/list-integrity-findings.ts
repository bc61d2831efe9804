// 失信与撤销 tab (F5 item 5; Art. 12): the findings on one creation object for those who may see it (the operator,
// its city, the province, the auditors; another city's or organisation's → 404), and whether the province may
// record one now.
import type { IntegrityFindingList } from '../../contracts/integrity';
import { integrityFindingsRepository } from '../../db/repositories/integrity-findings.repository';
import { authorize } from '../../domain/access/policy';
import { stateLabel } from '../../domain/lifecycle/states';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { integrityRowFor, toIntegrityFindingView } from './integrity-view';

export async function listIntegrityFindings(deps: Deps, ctx: RequestContext, id: string): Promise<IntegrityFindingList> {
  const { actor, application } = await loadCreationObject(deps, ctx, id, { action: 'creationData.read' });
  const rows = await integrityFindingsRepository.listByApplication(deps.db, application.id);
  const applicable = integrityRowFor(application.state);
  const isProvince = authorize(actor, 'acceptance.manage', { cityCode: application.cityCode, organisationId: application.organisationId }) === 'allow';
  return {
    items: rows.map((row) => toIntegrityFindingView(row.finding, row.recordedByName)),
    state: application.state,
    stateLabel: stateLabel(application.state),
    lockVersion: application.lockVersion,
    canRecord: isProvince && applicable !== null,
    decision: applicable?.decision ?? null,
  };
}
