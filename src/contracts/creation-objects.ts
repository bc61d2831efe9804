// A creation object (创建对象, Art. 7(2)) as every creation-period screen sees it: the platform/base, its state, its
// creation period split into years, and what the person asking may do with it.
import { z } from 'zod';
import type { DatasetKey } from '../domain/creation-data/datasets';
import type { PeriodWindow } from '../domain/creation-data/creation-period';
import { zUuid } from './fields';

/** The `:id` of every /api/creation-objects/:id/… route. */
export const zCreationObjectIdParams = z.strictObject({ id: zUuid('创建对象编号') });

export interface CreationObjectSummary {
  id: string;
  name: string;
  applicationNumber: string | null;
  carrier: 'platform' | 'base';
  platformKind: 'comprehensive' | 'professional' | null;
  /** Division code of the area served (the coverage indicator's region). */
  region: string;
  regionName: string;
  cityCode: string;
  cityName: string;
  organisationName: string;
  state: string;
  stateLabel: string;
  standardVersion: string;
  callYear: number;
  period: { startsOn: string; endsOn: string; years: PeriodWindow[]; whole: PeriodWindow } | null;
  /** The year of the period that holds today on the server's clock (1, 2, …), 0 when today is outside the period. */
  currentWindow: number;
  /** Data are collected from creation to revocation (src/domain/creation-data/collection-states.ts). */
  isCollectingData: boolean;
  datasets: DatasetKey[];
  /** The operating organisation's own user, while data are collected. */
  canWrite: boolean;
  /** The city officer of its city (progress-report comments). */
  canComment: boolean;
}
