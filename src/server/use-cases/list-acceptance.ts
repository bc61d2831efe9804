// The province's acceptance list (F5 item 1; Art. 7(3)): objects in creation whose period ends within 60 days or has
// ended, and those applied for, under review or shortlisted, with their latest attempt and revision — in the neutral
// order (Art. 8). Auditors read the same list; nobody else has one (the operator and the city use the object's tab).
import { ACCEPTANCE_LIST_LEAD_DAYS, ACCEPTANCE_LIST_STATES, ATTEMPT_STATUS_LABELS, type AcceptanceList, type AcceptanceListQuery } from '../../contracts/acceptance';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { creationObjectsRepository } from '../../db/repositories/creation-objects.repository';
import { listScope } from '../../domain/access/policy';
import { addDays } from '../../domain/calendar/day-arithmetic';
import { daysUntil } from '../../domain/deadlines/reminders';
import { AppError } from '../../domain/shared/app-error';
import { attemptStatusOf } from './acceptance-view';
import type { Deps, RequestContext } from './context';
import { toCreationObjectSummary } from './creation-object-view';
import { requirePermission } from './require-actor';

export async function listAcceptance(deps: Deps, ctx: RequestContext, query: AcceptanceListQuery): Promise<AcceptanceList> {
  const actor = requirePermission(ctx, 'acceptance.read');
  const scope = listScope(actor, 'acceptance.read');
  if (scope?.kind !== 'all') throw new AppError('FORBIDDEN', '您的角色无权进行此操作');
  const today = deps.clock.today();
  const horizon = addDays(today, ACCEPTANCE_LIST_LEAD_DAYS);
  const states: readonly string[] = query.state ? [query.state] : ACCEPTANCE_LIST_STATES;
  const rows = (await creationObjectsRepository.list(deps.db, scope)).filter(({ application }) => {
    if (!states.includes(application.state)) return false;
    const endsOn = application.facts.creationPeriodEndsOn;
    return application.state !== 'creating' || (endsOn !== null && endsOn <= horizon);
  });
  const latest = await acceptanceRepository.latestByApplications(
    deps.db,
    rows.map((r) => r.application.id),
  );
  return {
    canManage: listScope(actor, 'acceptance.manage')?.kind === 'all',
    items: rows.map((row) => {
      const review = latest.find((r) => r.applicationId === row.application.id);
      // A draft is the operator's own until submitted (acceptance-view.ts): the list shows it as not applied.
      const shown = review && (review.submittedAt || review.startedAt) ? review : undefined;
      const status = shown ? attemptStatusOf(shown) : null;
      const endsOn = row.application.facts.creationPeriodEndsOn ?? today;
      return {
        object: toCreationObjectSummary(row, actor, today),
        periodEndsOn: endsOn,
        daysToPeriodEnd: daysUntil(today, endsOn),
        attempt: shown?.attempt ?? null,
        revision: shown?.revision ?? null,
        attemptStatus: status,
        attemptStatusLabel: status ? ATTEMPT_STATUS_LABELS[status] : '未申请验收',
      };
    }),
  };
}

