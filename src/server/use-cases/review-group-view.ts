// Shapes review groups for the province's 专家评审 page: applications, the drawn experts and who the draw left out.
import type { ExcludedExpertView, ReviewGroupView } from '../../contracts/experts';
import type { Db } from '../../db/client';
import { expertReviewsRepository, type ReviewGroupRow } from '../../db/repositories/expert-reviews.repository';
import { expertsRepository } from '../../db/repositories/experts.repository';
import { EXCLUSION_LABELS, type ExcludedExpert } from '../../domain/review/expert-draw';
import { cityNameOf, toGroupApplicationView } from './expert-view';

/** What review_groups.draw_record holds (enough to replay the draw). */
export interface DrawRecord {
  algorithm: string;
  drawDate: string;
  eligibleIds: string[];
  chosenIds: string[];
  excluded: ExcludedExpert[];
}

export function drawRecordOf(group: ReviewGroupRow): DrawRecord | null {
  return group.drawRecord ? (group.drawRecord as unknown as DrawRecord) : null;
}

export async function toReviewGroupViews(db: Db, groups: readonly ReviewGroupRow[]): Promise<ReviewGroupView[]> {
  const applications = await expertReviewsRepository.listGroupApplications(db, groups.map((g) => g.id));
  const records = groups.map(drawRecordOf);
  const expertIds = new Set(records.flatMap((r) => (r ? [...r.chosenIds, ...r.excluded.map((e) => e.expertId)] : [])));
  const experts = new Map((await expertsRepository.findByIds(db, [...expertIds])).map((e) => [e.id, e]));
  return groups.map((group, index): ReviewGroupView => {
    const record = records[index] ?? null;
    const excluded = (record?.excluded ?? []).map(
      (e): ExcludedExpertView => ({
        expertId: e.expertId,
        name: experts.get(e.expertId)?.name ?? '',
        reasons: e.reasons.map((r) => ({ reason: r.reason, label: EXCLUSION_LABELS[r.reason], applicationId: r.applicationId ?? null })),
      }),
    );
    return {
      id: group.id,
      callId: group.callId,
      name: group.name,
      expertCount: group.expertCount,
      seed: group.seed,
      drawnAt: group.drawnAt?.toISOString() ?? null,
      applications: applications.filter((a) => a.groupId === group.id).map(toGroupApplicationView),
      experts: (record?.chosenIds ?? []).map((id) => {
        const e = experts.get(id);
        return { id, name: e?.name ?? '', field: e?.field ?? '', employer: e?.employer ?? '', cityName: e ? cityNameOf(e.cityCode) : '' };
      }),
      excluded,
      eligibleCount: record ? record.eligibleIds.length : null,
    };
  });
}
