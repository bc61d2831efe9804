import type { TodoItem } from '../../contracts/todos';
import { acceptanceWorkloadRepository } from '../../db/repositories/acceptance-workload.repository';
import { creationObjectsRepository } from '../../db/repositories/creation-objects.repository';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { workloadRepository } from '../../db/repositories/workload.repository';
import { listScope, type Actor } from '../../domain/access/policy';
import type { AcceptanceWork } from '../../domain/todos/acceptance-todos';
import { reReviewTodos, type ReReviewWork } from '../../domain/todos/re-review-todos';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { NEW_REGISTRATION_DAYS, computeTodos } from '../../domain/todos/todos';
import type { Deps, RequestContext } from './context';
import { notFound, requirePermission } from './require-actor';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function listTodos(deps: Deps, ctx: RequestContext): Promise<{ items: TodoItem[] }> {
  const actor = requirePermission(ctx, 'todo.list');
  const user = await usersRepository.findById(deps.db, actor.userId);
  if (!user) throw notFound();
  const now = deps.clock.now();
  const scope = actor.role === 'city' || actor.role === 'province' ? listScope(actor, 'organisation.list') : null;
  const newOrganisations = scope
    ? await organisationsRepository.countCreatedSince(deps.db, scope, new Date(now.getTime() - NEW_REGISTRATION_DAYS * DAY_MS))
    : 0;
  const today = deps.clock.today();
  const applicationScope = listScope(actor, 'application.read');
  const isProvince = actor.role === 'province';
  const [applicationsByState, closedPublicity, openReviews, openObjections] = await Promise.all([
    applicationScope && actor.role !== 'auditor' ? workloadRepository.countApplicationsByState(deps.db, applicationScope) : {},
    isProvince ? workloadRepository.countClosedPublicity(deps.db, today) : 0,
    actor.role === 'expert' ? workloadRepository.countOpenReviews(deps.db, actor.userId) : 0,
    isProvince ? workloadRepository.countOpenObjections(deps.db, today) : { open: 0, overdue: 0 },
  ]);
  const acceptance = await gatherAcceptanceWork(deps, actor);
  const items = computeTodos({
    role: actor.role,
    today,
    mustChangePassword: user.mustChangePassword,
    passwordAgeDays: Math.floor((now.getTime() - user.passwordChangedAt.getTime()) / DAY_MS),
    newOrganisations,
    applicationsByState,
    closedPublicity,
    openReviews,
    openObjections,
    acceptance,
  });
  return { items: [...items, ...(await gatherReReviewTodos(deps, actor, today))] };
}

/** 复核 (ADR 0016): the operator reports, the city assesses, the province decides and schedules (re-review-todos.ts). */
async function gatherReReviewTodos(deps: Deps, actor: Actor, today: string): Promise<TodoItem[]> {
  const scope = actor.role === 'auditor' ? null : listScope(actor, 'reReview.read');
  if (!scope) return [];
  const manages = listScope(actor, 'reReview.manage')?.kind === 'all';
  // Counted in the database: the 待办 is the workspace's first page, and loading every creation object for one number
  // grows with the programme (re-review-due.ts lists the objects where a round needs them).
  const [openReReviews, dueToday, scheduledRounds] = await Promise.all([
    reReviewRepository.listOpenForTodos(deps.db, scope),
    manages ? creationObjectsRepository.countDueForReReview(deps.db, today) : 0,
    manages ? reReviewRepository.countUnopenedFrom(deps.db, today) : 0,
  ]);
  const work: ReReviewWork = { openReReviews, dueToday, scheduledRounds };
  return reReviewTodos({ ...work, role: actor.role, today });
}

/** F5 (ADR 0015): each part only for whom may act on it — the operator applies, the province manages, the expert judges. */
async function gatherAcceptanceWork(deps: Deps, actor: Actor): Promise<AcceptanceWork> {
  const creatingScope = listScope(actor, 'acceptance.submit') ?? listScope(actor, 'acceptance.manage');
  const manages = listScope(actor, 'acceptance.manage')?.kind === 'all';
  const certifies = listScope(actor, 'certification.manage')?.kind === 'all';
  const [creatingObjects, openAcceptanceReviews, unannouncedCertificationNotices, openAcceptanceAssignments] = await Promise.all([
    creatingScope ? acceptanceWorkloadRepository.listCreatingObjects(deps.db, creatingScope) : [],
    manages ? acceptanceWorkloadRepository.listOpenReviews(deps.db) : [],
    certifies ? acceptanceWorkloadRepository.listUnannouncedCertificationNotices(deps.db) : [],
    actor.role === 'expert' ? acceptanceWorkloadRepository.countOpenAssignments(deps.db, actor.userId) : 0,
  ]);
  return { creatingObjects, openAcceptanceReviews, unannouncedCertificationNotices, openAcceptanceAssignments };
}
