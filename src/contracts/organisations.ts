import { z } from 'zod';
import { zPageQuery } from './fields';
import type { OperatorKind } from '../domain/shared/operator-kinds';

export const zListOrganisationsQuery = zPageQuery.extend({
  q: z.string({ error: '搜索词应为文字' }).trim().max(50, { message: '搜索词不能超过50个字' }).optional(),
});
export type ListOrganisationsQuery = z.infer<typeof zListOrganisationsQuery>;

export const zOrganisationIdParams = z.strictObject({
  id: z.uuid({ message: '运营主体编号格式不正确' }),
});

export interface OrganisationSummary {
  id: string;
  creditCode: string;
  name: string;
  operatorKind: OperatorKind;
  operatorKindLabel: string;
  isBranch: boolean;
  isDishonest: boolean;
  cityCode: string;
  cityName: string;
  countyCode: string;
  countyName: string;
  establishedOn: string;
  registeredAt: string;
}

export interface OrganisationDetail extends OrganisationSummary {
  contactName: string;
  /** Masked (138****5678) for everyone (F7 item 6). */
  contactPhoneMasked: string;
  /** The whole number, for the organisation's own users only; null for the city, the province and the auditor. */
  contactPhone: string | null;
  contactEmail: string | null;
}

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }
