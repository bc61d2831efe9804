// Shapes the expert-pool rows the way the province's pages show them.
import type { ExpertView, GroupApplicationView } from '../../contracts/experts';
import type { ExpertWithUsername } from '../../db/repositories/experts.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import type { Db } from '../../db/client';
import { divisionName } from '../../domain/divisions/divisions';

export const cityNameOf = (code: string) => divisionName(code) ?? code;

export async function toExpertViews(db: Db, rows: readonly ExpertWithUsername[]): Promise<ExpertView[]> {
  const avoidances = await expertsRepository.listAvoidances(db);
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    name: row.name,
    field: row.field,
    employer: row.employer,
    employerCreditCode: row.employerCreditCode,
    cityCode: row.cityCode,
    cityName: cityNameOf(row.cityCode),
    termStartsOn: row.termStartsOn,
    termEndsOn: row.termEndsOn,
    isActive: row.isActive,
    avoidances: avoidances
      .filter((a) => a.avoidance.expertId === row.id)
      .map((a) => ({ organisationId: a.avoidance.organisationId, organisationName: a.organisationName, reason: a.avoidance.reason, declaredAt: a.avoidance.declaredAt.toISOString() })),
  }));
}

export function toGroupApplicationView(row: { id: string; applicationNumber: string | null; name: string; organisationName: string; cityCode: string }): GroupApplicationView {
  return { id: row.id, applicationNumber: row.applicationNumber, name: row.name, organisationName: row.organisationName, cityCode: row.cityCode, cityName: cityNameOf(row.cityCode) };
}
