// 取消创建资格和撤销认定公告 (F5; Arts. 10, 11, 12): every cancellation and revocation with its published reason, newest
// first — two consecutive failed re-reviews (Art. 10), the province's decision on a major change (Art. 11), a
// serious-dishonesty listing or verified fraud (Art. 12). Public and sessionless: the object, its operator and place,
// the article and the day — never a score, never the officer who decided, never the source of an Art. 12 listing.
import {
  INTEGRITY_DECISION_LABELS,
  INTEGRITY_FINDING_KINDS,
  INTEGRITY_KIND_LABELS,
  REVOCATION_ARTICLE_LABELS,
  REVOCATION_BASIS_LABELS,
  type IntegrityDecision,
  type IntegrityFindingKind,
  type PublicRevocation,
  type PublicRevocationPage,
  type RevocationArticle,
  type RevocationListQuery,
} from '../../contracts/integrity';
import { publicRevocationsRepository, type PublicRevocationEventRow } from '../../db/repositories/public-revocations.repository';
import { divisionName } from '../../domain/divisions/divisions';
import { shanghaiDateOf } from '../clock';
import type { Deps } from './context';

export async function listPublicRevocations(deps: Pick<Deps, 'db'>, query: RevocationListQuery): Promise<PublicRevocationPage> {
  const { rows, total } = await publicRevocationsRepository.list(deps.db, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  return { items: rows.map(toPublicRevocation), total, page: query.page, pageSize: query.pageSize };
}

function articleOf(event: string): RevocationArticle {
  if (event === 'fail_re_review') return 'Art. 10';
  if (event === 'revoke_after_change') return 'Art. 11';
  return 'Art. 12';
}

const isFindingKind = (kind: string | null): kind is IntegrityFindingKind => (INTEGRITY_FINDING_KINDS as readonly string[]).includes(kind ?? '');

function toPublicRevocation(row: PublicRevocationEventRow): PublicRevocation {
  const article = articleOf(row.event);
  const decision: IntegrityDecision = row.toState === 'creation_cancelled' ? 'creation_cancelled' : 'revoked';
  const kind = article === 'Art. 12' && isFindingKind(row.findingKind) ? row.findingKind : null;
  return {
    // An Art. 12 entry keeps the finding's id it had before Arts. 10 and 11 joined the list.
    id: row.findingId ?? row.eventId,
    name: row.name,
    organisationName: row.organisationName,
    carrier: row.carrier === 'base' ? 'base' : 'platform',
    cityName: divisionName(row.cityCode) ?? row.cityCode,
    countyName: divisionName(row.countyCode) ?? row.countyCode,
    article,
    articleLabel: REVOCATION_ARTICLE_LABELS[article],
    kind,
    kindLabel: kind ? INTEGRITY_KIND_LABELS[kind] : REVOCATION_BASIS_LABELS[article],
    decision,
    // Art. 10 says 取消认定命名; Arts. 11 and 12 撤销 (or, during creation, 取消创建资格).
    decisionLabel: article === 'Art. 10' ? '取消认定命名' : INTEGRITY_DECISION_LABELS[decision],
    decidedOn: shanghaiDateOf(row.occurredAt),
    reason: row.reason ?? '',
  };
}
