import type { OrganisationDetail, OrganisationSummary } from '../../contracts/organisations';
import type { OrganisationRow } from '../../db/repositories/organisations.repository';
import { divisionName } from '../../domain/divisions/divisions';
import { maskPhone } from '../../domain/shared/mask';
import { OPERATOR_KIND_LABELS, OPERATOR_KINDS, type OperatorKind } from '../../domain/shared/operator-kinds';

function operatorKindOf(value: string): OperatorKind {
  return (OPERATOR_KINDS as readonly string[]).includes(value) ? (value as OperatorKind) : 'non_profit';
}

export function toOrganisationSummary(row: OrganisationRow): OrganisationSummary {
  const kind = operatorKindOf(row.operatorKind);
  return {
    id: row.id,
    creditCode: row.creditCode,
    name: row.name,
    operatorKind: kind,
    operatorKindLabel: OPERATOR_KIND_LABELS[kind],
    isBranch: row.isBranch,
    isDishonest: row.isDishonest,
    cityCode: row.cityCode,
    cityName: divisionName(row.cityCode) ?? row.cityCode,
    countyCode: row.countyCode,
    countyName: divisionName(row.countyCode) ?? row.countyCode,
    establishedOn: row.establishedOn,
    registeredAt: row.createdAt.toISOString(),
  };
}

export function toOrganisationDetail(row: OrganisationRow): OrganisationDetail {
  return {
    ...toOrganisationSummary(row),
    contactName: row.contactName,
    contactPhoneMasked: maskPhone(row.contactPhone),
    contactEmail: row.contactEmail,
  };
}
