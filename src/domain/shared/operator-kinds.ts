// Who may operate a platform/base (运营主体), Art. 2 and Art. 5(二): government, state-owned enterprises and
// institutions, and SME public service organisations (non-profit legal persons, or enterprises, private
// non-enterprise units and social organisations that serve SMEs under government commission, purchase or
// co-construction). Branches (分支机构) are excluded — that is a separate flag, not a kind.
export const OPERATOR_KINDS = [
  'government',
  'state_owned_enterprise',
  'public_institution',
  'non_profit',
  'commissioned_enterprise',
  'private_non_enterprise',
  'social_organisation',
] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export function isOperatorKind(value: string): value is OperatorKind {
  return (OPERATOR_KINDS as readonly string[]).includes(value);
}

export const OPERATOR_KIND_LABELS: Record<OperatorKind, string> = {
  government: '政府部门',
  state_owned_enterprise: '国有企业',
  public_institution: '事业单位',
  non_profit: '其他非营利法人',
  commissioned_enterprise: '承担公共服务的企业（政府委托、购买服务或合作共建）',
  private_non_enterprise: '民办非企业单位',
  social_organisation: '社会团体',
};
