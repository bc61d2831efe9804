// The small datasets (resource pool, library counts, entry points; base enterprises and profiles): each row
// supersedes the current row of its natural key, and a row equal to it is a duplicate (not stored again). The
// repositories decide which rows are new; these handlers only pair them with the row schemas for the import engine.
import { baseEnterprisesRepository } from '../../../db/repositories/base-enterprises.repository';
import { baseProfilesRepository } from '../../../db/repositories/base-profiles.repository';
import { entryPointsRepository } from '../../../db/repositories/entry-points.repository';
import { libraryCountsRepository } from '../../../db/repositories/library-counts.repository';
import { resourceEntriesRepository } from '../../../db/repositories/resource-entries.repository';
import { BASE_ENTERPRISES_SCHEMA, type BaseEnterpriseRow } from '../../../domain/creation-data/rows/base-enterprises';
import { BASE_PROFILES_SCHEMA, type BaseProfileRow } from '../../../domain/creation-data/rows/base-profiles';
import { ENTRY_POINTS_SCHEMA, type EntryPointRow } from '../../../domain/creation-data/rows/entry-points';
import { LIBRARY_COUNTS_SCHEMA, type LibraryCountRow } from '../../../domain/creation-data/rows/library-counts';
import { RESOURCES_SCHEMA, type ResourceRow } from '../../../domain/creation-data/rows/resources';
import type { DatasetHandler } from '../dataset-writer';

export const resourcesHandler: DatasetHandler<ResourceRow> = {
  schema: RESOURCES_SCHEMA,
  writer: { dataset: 'resources', write: (tx, batch) => resourceEntriesRepository.append(tx, batch) },
};

export const libraryCountsHandler: DatasetHandler<LibraryCountRow> = {
  schema: LIBRARY_COUNTS_SCHEMA,
  writer: { dataset: 'libraryCounts', write: (tx, batch) => libraryCountsRepository.append(tx, batch) },
};

export const entryPointsHandler: DatasetHandler<EntryPointRow> = {
  schema: ENTRY_POINTS_SCHEMA,
  writer: { dataset: 'entryPoints', write: (tx, batch) => entryPointsRepository.append(tx, batch) },
};

export const baseEnterprisesHandler: DatasetHandler<BaseEnterpriseRow> = {
  schema: BASE_ENTERPRISES_SCHEMA,
  writer: { dataset: 'baseEnterprises', write: (tx, batch) => baseEnterprisesRepository.append(tx, batch) },
};

export const baseProfilesHandler: DatasetHandler<BaseProfileRow> = {
  schema: BASE_PROFILES_SCHEMA,
  writer: { dataset: 'baseProfiles', write: (tx, batch) => baseProfilesRepository.append(tx, batch) },
};
