// The inputs of a draw as the database holds them: the whole pool with each expert's declared relationships, and
// the group's applications with their organisations' credit codes.
import type { Db } from '../../db/client';
import { expertReviewsRepository } from '../../db/repositories/expert-reviews.repository';
import { expertsRepository, type ExpertWithUsername } from '../../db/repositories/experts.repository';
import type { DrawApplication, PoolExpert } from '../../domain/review/expert-draw';

export interface DrawPool {
  pool: PoolExpert[];
  applications: DrawApplication[];
  experts: ExpertWithUsername[];
  /** The group's applications with their current state (review tasks only for those still under review). */
  applicationStates: { id: string; state: string }[];
}

/** `asOf` leaves out experts and relationships recorded after that moment (a replay sees the pool as it was). */
export async function loadDrawPool(db: Db, groupId: string, asOf?: Date): Promise<DrawPool> {
  const experts = (await expertsRepository.list(db)).filter((e) => !asOf || e.createdAt <= asOf);
  const avoidances = (await expertsRepository.listAvoidances(db)).filter((a) => !asOf || a.avoidance.declaredAt <= asOf);
  const pool = experts.map(
    (e): PoolExpert => ({
      id: e.id,
      employerCreditCode: e.employerCreditCode,
      cityCode: e.cityCode,
      termStartsOn: e.termStartsOn,
      termEndsOn: e.termEndsOn,
      isActive: e.isActive,
      avoidOrganisationIds: avoidances.filter((a) => a.avoidance.expertId === e.id).map((a) => a.avoidance.organisationId),
    }),
  );
  const rows = await expertReviewsRepository.listGroupApplications(db, [groupId]);
  const applications = rows.map((a): DrawApplication => ({ id: a.id, organisationId: a.organisationId, creditCode: a.creditCode, cityCode: a.cityCode }));
  return { pool, applications, experts, applicationStates: rows.map((a) => ({ id: a.id, state: a.state })) };
}
