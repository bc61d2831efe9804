// Shared checks of the Art. 14 use cases (ADR 0016): the object takes records while it collects data, and a record
// is found on its own object only (another object's id is the same 404 as a missing one).
import { obligationRecordsRepository, type ObligationRecordRow } from '../../db/repositories/obligation-records.repository';
import type { Db } from '../../db/client';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import { authorize, type Actor } from '../../domain/access/policy';
import { stateLabel } from '../../domain/lifecycle/states';
import { mayRecordObligations } from '../../domain/obligations/obligation-rules';
import { AppError } from '../../domain/shared/app-error';
import { notFound } from './require-actor';

export function requireRecording(application: ApplicationRow): void {
  if (mayRecordObligations(application.state)) return;
  throw new AppError(
    'DATA_COLLECTION_CLOSED',
    `该平台（基地）当前为“${stateLabel(application.state)}”，义务履行记录自确定为创建对象起至撤销前填写，现不能新增、作废或补充佐证`,
  );
}

/** The operator may record now (the tab shows the form). */
export function canRecord(actor: Actor, application: ApplicationRow): boolean {
  return mayRecordObligations(application.state) && authorize(actor, 'obligation.record', { cityCode: application.cityCode, organisationId: application.organisationId }) === 'allow';
}

export async function getObligationRecord(db: Db, applicationId: string, recordId: string): Promise<ObligationRecordRow> {
  const row = await obligationRecordsRepository.findById(db, applicationId, recordId);
  if (!row) throw notFound();
  return row;
}
