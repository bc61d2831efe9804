// Every dataset's row schema, and the context its rows are read in — one registry for the server's import engine
// and the browser's forms, so a form refuses exactly what the server would.
import type { DatasetKey } from '../datasets';
import type { DatasetRowSchema, RowContext } from '../row-schema';
import type { PlainDate } from '../../shared/plain-date';
import { findStandardSet } from '../../standards/standard-sets';
import { PLATFORM_KIND_LABELS, type PlatformKind } from '../../standards/types';
import { BASE_ACTIVITIES_SCHEMA } from './base-activities';
import { BASE_ENTERPRISES_SCHEMA } from './base-enterprises';
import { BASE_PROFILES_SCHEMA } from './base-profiles';
import { ENTRY_POINTS_SCHEMA } from './entry-points';
import { LIBRARY_COUNTS_SCHEMA } from './library-counts';
import { RESOURCES_SCHEMA } from './resources';
import { SERVICE_EVENT_SCHEMA } from './service-events';
import { SERVICE_RECORD_SCHEMA } from './service-records';

export const ROW_SCHEMAS: Record<DatasetKey, DatasetRowSchema<unknown>> = {
  serviceRecords: SERVICE_RECORD_SCHEMA as DatasetRowSchema<unknown>,
  serviceEvents: SERVICE_EVENT_SCHEMA as DatasetRowSchema<unknown>,
  resources: RESOURCES_SCHEMA as DatasetRowSchema<unknown>,
  libraryCounts: LIBRARY_COUNTS_SCHEMA as DatasetRowSchema<unknown>,
  entryPoints: ENTRY_POINTS_SCHEMA as DatasetRowSchema<unknown>,
  baseEnterprises: BASE_ENTERPRISES_SCHEMA as DatasetRowSchema<unknown>,
  baseProfiles: BASE_PROFILES_SCHEMA as DatasetRowSchema<unknown>,
  baseActivities: BASE_ACTIVITIES_SCHEMA as DatasetRowSchema<unknown>,
};

/** The service items of the platform's kind in its pinned standard version (DESIGN §4); today bounds every date. */
export function rowContextOf(subject: { standardVersion: string; platformKind: PlatformKind | null }, today: PlainDate): RowContext {
  const kind = subject.platformKind;
  if (!kind) return { today, serviceItems: [] };
  const serviceItems = findStandardSet(subject.standardVersion)?.serviceItems[kind] ?? [];
  return { today, serviceItems, platformKindLabel: PLATFORM_KIND_LABELS[kind] };
}
