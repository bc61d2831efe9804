import type { OrganisationDetail, OrganisationSummary } from '../../contracts/organisations';
import type { OrganisationRow } from '../../db/repositories/organisations.repository';
import { divisionName } from '../../domain/divisions/divisions';
import { AppError } from '../../domain/shared/app-error';
import { OPERATOR_KIND_LABELS, isOperatorKind, type OperatorKind } from '../../domain/shared/operator-kinds';
import { maskedPhone, revealPhone } from '../security/personal-phone';

// The database CHECK constraint keeps the kinds closed; an unknown one means the schema and code disagree.
function operatorKindOf(value: string): OperatorKind {
  if (!isOperatorKind(value)) throw new AppError('INTERNAL', '运营主体类型数据有误，请联系系统管理员');
  return value;
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

/**
 * F7 item 6: the contact person's phone is opened whole only for the organisation's own users (they gave it and
 * keep it current); the city, the province and the auditor see it masked. 个人信息保护法 第51条.
 */
export function toOrganisationDetail(row: OrganisationRow, dataKey: Buffer, isOwnOrganisation: boolean): OrganisationDetail {
  return {
    ...toOrganisationSummary(row),
    contactName: row.contactName,
    contactPhoneMasked: maskedPhone(dataKey, row.contactPhone),
    contactPhone: isOwnOrganisation ? revealPhone(dataKey, row.contactPhone) : null,
    contactEmail: row.contactEmail,
  };
}
