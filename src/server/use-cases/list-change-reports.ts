// 重大变化 tab (F5 item 4; Art. 11): the change reports of one creation object for those who may see it (the
// operator, its city, the province, the auditors; another city's or organisation's → 404), newest first, and
// what the person may do now.
import type { ChangeReportList } from '../../contracts/change-reports';
import { changeReportsRepository } from '../../db/repositories/change-reports.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { stateLabel } from '../../domain/lifecycle/states';
import { documentsOf, mayAct, REPORT_ACTION, takesChangeReports, toChangeReportView } from './change-report-view';
import type { Deps, RequestContext } from './context';
import { loadCreationObject } from './creation-object-view';

export async function listChangeReports(deps: Deps, ctx: RequestContext, id: string): Promise<ChangeReportList> {
  const { actor, application } = await loadCreationObject(deps, ctx, id, { action: 'creationData.read' });
  const rows = await changeReportsRepository.listByApplication(deps.db, application.id);
  const organisation = await organisationsRepository.findById(deps.db, application.organisationId);
  const documents = await documentsOf(deps.db, rows.map((row) => row.report));
  return {
    items: rows.map((row) => toChangeReportView(row.report, row.reportedByName, actor, application, documents.get(row.report.id) ?? [])),
    state: application.state,
    stateLabel: stateLabel(application.state),
    lockVersion: application.lockVersion,
    name: application.name,
    organisationName: organisation?.name ?? '',
    canReport: takesChangeReports(application.state) && mayAct(actor, REPORT_ACTION, application),
  };
}
