import type { PublicCallDetail } from '../../contracts/calls';
import { callsRepository } from '../../db/repositories/calls.repository';
import type { Deps } from './context';
import { toPublicCallDetail } from './call-view';
import { notFound } from './require-actor';

/** GET /api/v1/calls/:year: the year's published call, or 404. */
export async function getPublicCall(deps: Deps, year: number): Promise<PublicCallDetail> {
  const row = await callsRepository.findPublished(deps.db, year);
  if (!row) throw notFound();
  return toPublicCallDetail(row);
}
