// The registry entries a province officer may pick for a row of MIIT's list (Art. 9): by part of a name or the
// operator's name (the registry's own search, ADR 0017), or by the operator's credit code.
import type { NationalEntryBrief } from '../../contracts/national-tier';
import { nationalTierRepository } from '../../db/repositories/national-tier.repository';
import { nationalRowCreditCode } from '../../domain/registry/national-tier';
import { normaliseSearch } from '../../domain/registry/search';
import type { Deps, RequestContext } from './context';
import { toEntryBrief } from './national-tier-view';
import { requirePermission } from './require-actor';

export async function searchNationalEntries(deps: Pick<Deps, 'db'>, ctx: RequestContext, q: string): Promise<NationalEntryBrief[]> {
  requirePermission(ctx, 'nationalTier.manage');
  const normalised = normaliseSearch(q);
  // Nothing left to look for (only spaces or control characters): strpos of '' would match every entry.
  if (normalised === '') return [];
  const rows = await nationalTierRepository.searchEntries(deps.db, normalised, nationalRowCreditCode(q));
  return rows.map(toEntryBrief);
}
