// 取消创建资格和撤销认定公告 (F5 item 5; Art. 12): every cancellation and revocation on a listing or verified fraud,
// newest first, with the published reason. Public and sessionless: the object, its operator and place — never a
// score, never the officer who recorded it.
import { INTEGRITY_DECISION_LABELS, INTEGRITY_KIND_LABELS, type IntegrityDecision, type IntegrityFindingKind, type PublicRevocationPage, type RevocationListQuery } from '../../contracts/integrity';
import { integrityFindingsRepository, type PublicRevocationRow } from '../../db/repositories/integrity-findings.repository';
import { divisionName } from '../../domain/divisions/divisions';
import { shanghaiDateOf } from '../clock';
import type { Deps } from './context';

export async function listPublicRevocations(deps: Pick<Deps, 'db'>, query: RevocationListQuery): Promise<PublicRevocationPage> {
  const { rows, total } = await integrityFindingsRepository.listPublic(deps.db, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(toPublicRevocation), total, page: query.page, pageSize: query.pageSize };
}

function toPublicRevocation(row: PublicRevocationRow) {
  const kind = row.finding.kind as IntegrityFindingKind;
  const decision = row.finding.toState as IntegrityDecision;
  return {
    id: row.finding.id,
    name: row.name,
    organisationName: row.organisationName,
    carrier: row.carrier === 'base' ? ('base' as const) : ('platform' as const),
    cityName: divisionName(row.cityCode) ?? row.cityCode,
    countyName: divisionName(row.countyCode) ?? row.countyCode,
    kind,
    kindLabel: INTEGRITY_KIND_LABELS[kind] ?? row.finding.kind,
    decision,
    decisionLabel: INTEGRITY_DECISION_LABELS[decision] ?? row.finding.toState,
    decidedOn: shanghaiDateOf(row.finding.recordedAt),
    reason: row.finding.reason,
  };
}
