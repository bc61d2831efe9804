// 失信与撤销 tab (F5 item 5; Art. 12): the findings on one creation object for those who may see it (the operator,
// its city, the province, the auditors; another city's or organisation's → 404), and whether the province may
// record one now. Each finding's evidence is listed for the province and the auditors only (integrity-view.ts).
import type { IntegrityFindingList } from '../../contracts/integrity';
import { integrityFindingFilesRepository } from '../../db/repositories/integrity-finding-files.repository';
import { integrityFindingsRepository } from '../../db/repositories/integrity-findings.repository';
import { authorize } from '../../domain/access/policy';
import { stateLabel } from '../../domain/lifecycle/states';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';
import { EVIDENCE_ADD_ACTION, integrityRowFor, mayReadEvidence, toIntegrityEvidence, toIntegrityFindingView } from './integrity-view';

export async function listIntegrityFindings(deps: Deps, ctx: RequestContext, id: string): Promise<IntegrityFindingList> {
  const { actor, application } = await loadCreationObject(deps, ctx, id, { action: 'creationData.read' });
  const rows = await integrityFindingsRepository.listByApplication(deps.db, application.id);
  const applicable = integrityRowFor(application.state);
  const isProvince = authorize(actor, EVIDENCE_ADD_ACTION, { cityCode: application.cityCode, organisationId: application.organisationId }) === 'allow';
  const readsEvidence = mayReadEvidence(actor);
  const evidence = readsEvidence ? await integrityFindingFilesRepository.listByFindings(deps.db, rows.map((row) => row.finding.id)) : [];
  const evidenceOf = (findingId: string) => (readsEvidence ? evidence.filter((row) => row.findingId === findingId).map(toIntegrityEvidence) : null);
  return {
    items: rows.map((row) => toIntegrityFindingView(row.finding, row.recordedByName, evidenceOf(row.finding.id))),
    state: application.state,
    stateLabel: stateLabel(application.state),
    lockVersion: application.lockVersion,
    canRecord: isProvince && applicable !== null,
    decision: applicable?.decision ?? null,
    canAddEvidence: isProvince && rows.length > 0,
  };
}
