import type { PublicCallList } from '../../contracts/calls';
import { callsRepository } from '../../db/repositories/calls.repository';
import type { Deps } from './context';
import { toPublicCallSummary } from './call-view';

/** GET /api/v1/calls: published calls, newest year first; drafts never leave the province. */
export async function listPublicCalls(deps: Deps): Promise<PublicCallList> {
  const rows = await callsRepository.list(deps.db, { publishedOnly: true });
  return { items: rows.map(toPublicCallSummary) };
}
