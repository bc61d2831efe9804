// One upload of MIIT's list (Art. 9; ADR 0017): every row with its outcome, and the national entries the list does not
// name — listed for the province to look at, never unmarked by the system.
import type { NationalUploadDetail } from '../../contracts/national-tier';
import { nationalTierRepository } from '../../db/repositories/national-tier.repository';
import type { RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { nationalRowCreditCode } from '../../domain/registry/national-tier';
import type { Deps, RequestContext } from './context';
import { toEntryBrief, toRowView, toUploadSummary, isOpenOutcome } from './national-tier-view';
import { notFound, requirePermission } from './require-actor';

export async function getNationalUpload(deps: Pick<Deps, 'db'>, ctx: RequestContext, id: string): Promise<NationalUploadDetail> {
  requirePermission(ctx, 'nationalTier.manage');
  const upload = await nationalTierRepository.findUpload(deps.db, id);
  if (!upload) throw notFound();
  const rows = await nationalTierRepository.listRows(deps.db, id);
  const codes = rows.map((row) => nationalRowCreditCode(row.creditCode)).filter((code): code is string => code !== null);
  const openCodes = rows.filter((row) => isOpenOutcome(row.outcome)).map((row) => nationalRowCreditCode(row.creditCode)).filter((code): code is string => code !== null);
  const [linked, candidates, national, dismissReasons] = await Promise.all([
    nationalTierRepository.findEntriesByIds(deps.db, rows.map((row) => row.entryId).filter((entryId): entryId is string => entryId !== null)),
    nationalTierRepository.findCandidatesByCreditCodes(deps.db, openCodes),
    nationalTierRepository.listNationalEntries(deps.db),
    nationalTierRepository.findDismissReasons(deps.db, rows.filter((row) => row.outcome === 'dismissed').map((row) => row.id)),
  ]);
  const entries = new Map<string, RegistryEntryRow>(linked.map((entry) => [entry.id, entry]));
  const byCode = new Map<string, RegistryEntryRow[]>();
  for (const entry of candidates) {
    if (!entry.operatorCreditCode) continue;
    byCode.set(entry.operatorCreditCode, [...(byCode.get(entry.operatorCreditCode) ?? []), entry]);
  }
  const named = new Set(codes);
  const absentNational = national.filter((entry) => !entries.has(entry.id) && !(entry.operatorCreditCode && named.has(entry.operatorCreditCode)));
  const outcomeCounts: Record<string, number> = {};
  for (const row of rows) outcomeCounts[row.outcome] = (outcomeCounts[row.outcome] ?? 0) + 1;
  return {
    ...toUploadSummary({ ...upload, outcomeCounts }),
    rows: rows.map((row) => toRowView(row, entries, byCode, dismissReasons)),
    absentNational: absentNational.map(toEntryBrief),
  };
}
