// The uploads of MIIT's list, newest first, each with its rows counted by outcome (Art. 9; ADR 0017).
import type { NationalUploadSummary } from '../../contracts/national-tier';
import { nationalTierRepository } from '../../db/repositories/national-tier.repository';
import type { Deps, RequestContext } from './context';
import { toUploadSummary } from './national-tier-view';
import { requirePermission } from './require-actor';

export async function listNationalUploads(deps: Pick<Deps, 'db'>, ctx: RequestContext): Promise<NationalUploadSummary[]> {
  requirePermission(ctx, 'nationalTier.manage');
  return (await nationalTierRepository.listUploads(deps.db)).map(toUploadSummary);
}
