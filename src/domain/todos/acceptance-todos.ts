// The 待办 of acceptance and certification (Art. 7(3)(4), ADR 0015), from facts list-todos.ts gathers. Each rule
// is the one the act itself checks, so an item appears on the day the act becomes possible and not before: the
// lifecycle guards for applying and starting, the experts' opinions for deciding, the announcement rule for 认定.
import { isDecidable, type OpinionProgress } from '../acceptance/decision-readiness';
import { announcementBlockedReason } from '../certification/announcement-rules';
import { NEW_APPLICATION_FACTS } from '../lifecycle/context';
import { GUARDS } from '../lifecycle/guards';
import type { ConfirmableEntry } from '../publicity/confirmation';
import type { PlainDate } from '../shared/plain-date';
import type { Role } from '../shared/roles';

export interface CreatingObjectFact {
  id: string;
  /** Last day of the creation period, extension included. */
  creationPeriodEndsOn: PlainDate | null;
}

/** The current (latest attempt and revision) acceptance review of an object in acceptance_review, started and undecided. */
export interface OpenAcceptanceReviewFact {
  applicationId: string;
  /** Assigned experts who have not declared a conflict (undeclared or declared none). */
  usableExperts: number;
  /** How far the experts are, for the decision's own rule (decision-readiness.ts). */
  progress: OpinionProgress;
}

/** A 拟认定公示 without its 认定公告 yet, with whether each entry is still under it (under-notice.ts). */
export interface CertificationNoticeFact {
  endsOn: PlainDate;
  entries: readonly ConfirmableEntry[];
}

/** What list-todos.ts reads for acceptance and certification beyond the application counts. */
export interface AcceptanceWork {
  /** Objects in `creating`: the applicant's own, or all of them for the province. */
  creatingObjects: readonly CreatingObjectFact[];
  /** Province. */
  openAcceptanceReviews: readonly OpenAcceptanceReviewFact[];
  /** Province. */
  unannouncedCertificationNotices: readonly CertificationNoticeFact[];
  /** Expert: own assignments in open reviews, not declared conflicted and not yet submitted. */
  openAcceptanceAssignments: number;
}

export const NO_ACCEPTANCE_WORK: AcceptanceWork = { creatingObjects: [], openAcceptanceReviews: [], unannouncedCertificationNotices: [], openAcceptanceAssignments: 0 };

export interface AcceptanceTodoFacts extends AcceptanceWork {
  role: Role;
  today: PlainDate;
  /** Province: objects in acceptance_submitted. */
  acceptanceSubmitted: number;
  /** Province: objects in certification_shortlisted (拟认定对象 not yet under 公示). */
  certificationShortlisted: number;
}

export interface AcceptanceTodo {
  key: string;
  title: string;
  description: string;
  link: string;
  count: number;
}

const passes = (guard: keyof typeof GUARDS, object: CreatingObjectFact, today: PlainDate) =>
  GUARDS[guard].check({ ...NEW_APPLICATION_FACTS, creationPeriodEndsOn: object.creationPeriodEndsOn, today }) === null;

/** One item opens its object's page; several open the list. */
const linkFor = (ids: readonly string[], one: (id: string) => string, list: string) => (ids.length === 1 && ids[0] ? one(ids[0]) : list);

export function acceptanceTodos(facts: AcceptanceTodoFacts): AcceptanceTodo[] {
  const todos: AcceptanceTodo[] = [];
  const add = (key: string, n: number, title: string, description: string, link: string) => {
    if (n > 0) todos.push({ key, title, description, link, count: n });
  };
  switch (facts.role) {
    case 'applicant': {
      // Art. 7(3): the operator may apply from the period's last day on (guard creationPeriodReached); in `creating`
      // nothing has been submitted for the current attempt yet (submit_acceptance leaves the state).
      const due = facts.creatingObjects.filter((o) => passes('creationPeriodReached', o, facts.today)).map((o) => o.id);
      add(
        'acceptance.apply',
        due.length,
        '申请评估验收',
        `有${due.length}个创建对象的创建期已届满，请填写创建工作总结、目标完成情况并上传佐证材料，申请评估验收。`,
        linkFor(due, (id) => `/workspace/creation-objects/${id}?tab=acceptance`, '/workspace/creation-objects'),
      );
      break;
    }
    case 'province':
      provinceTodos(facts, add);
      break;
    case 'expert':
      add('acceptance.judge', facts.openAcceptanceAssignments, '验收评审', `有${facts.openAcceptanceAssignments}份评估验收待声明利害关系或提交验收意见。`, '/workspace/my-acceptance-reviews');
      break;
    default:
      break;
  }
  return todos;
}

function provinceTodos(facts: AcceptanceTodoFacts, add: (key: string, n: number, title: string, description: string, link: string) => void): void {
  // Art. 7(3): 创建期满后 … the province starts the review from the day after the period (guard creationPeriodOver),
  // whether or not the operator applied.
  const overdue = facts.creatingObjects.filter((o) => passes('creationPeriodOver', o, facts.today)).length;
  const toStart = overdue + facts.acceptanceSubmitted;
  add(
    'acceptance.start',
    toStart,
    '组织评估验收',
    facts.acceptanceSubmitted > 0 ? `有${toStart}个创建对象创建期已满待组织评估验收，其中${facts.acceptanceSubmitted}个已申请。` : `有${toStart}个创建对象创建期已满待组织评估验收。`,
    '/workspace/acceptance',
  );
  // ADR 0015: experts who declared a conflict do not count; with none left the review needs (more) experts.
  const withoutExperts = facts.openAcceptanceReviews.filter((r) => r.usableExperts === 0).map((r) => r.applicationId);
  add(
    'acceptance.assignExperts',
    withoutExperts.length,
    '安排验收专家',
    `有${withoutExperts.length}个评估验收尚无可参加的验收专家，请从专家库指派。`,
    linkFor(withoutExperts, (id) => `/workspace/acceptance/${id}`, '/workspace/acceptance'),
  );
  // ADR 0015: every assigned expert has declared, every one who declared none has submitted, and at least one has.
  const decidable = facts.openAcceptanceReviews.filter((r) => isDecidable(r.progress)).map((r) => r.applicationId);
  add(
    'acceptance.decide',
    decidable.length,
    '作出验收结论',
    `有${decidable.length}个评估验收的专家意见已齐，可作出通过或不通过的验收结论。`,
    linkFor(decidable, (id) => `/workspace/acceptance/${id}`, '/workspace/acceptance'),
  );
  // Art. 7(4): 拟认定名单通过厅网站公示5个工作日.
  add('certification.publishNotice', facts.certificationShortlisted, '发布拟认定公示', `有${facts.certificationShortlisted}个拟认定对象待公示（5个工作日）。`, '/workspace/certification');
  // Art. 7(4): 公示无异议或异议不属实的，由省工业和信息化厅发文公告正式认定 — the announcement's own rule.
  const announceable = facts.unannouncedCertificationNotices.filter((n) => announcementBlockedReason({ stage: 'certification', endsOn: n.endsOn }, n.entries, facts.today, null) === null);
  const toCertify = announceable.reduce((sum, n) => sum + n.entries.filter((e) => e.isUnderNotice).length, 0);
  add(
    'certification.announce',
    announceable.length,
    '发文公告正式认定',
    `有${announceable.length}份拟认定公示期满且异议均已核实，可发文公告正式认定${toCertify}个对象。`,
    '/workspace/certification',
  );
}
