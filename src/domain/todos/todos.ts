// The 待办 panel: what awaits a person, computed from facts the use case gathers. Each later feature adds
// its own facts and rules here (applications to review, notices to publish, scores due …); acceptance and
// certification (F5) have theirs in acceptance-todos.ts.
import type { PlainDate } from '../shared/plain-date';
import type { Role } from '../shared/roles';
import { acceptanceTodos, type AcceptanceWork } from './acceptance-todos';
import { PASSWORD_MAX_AGE_DAYS } from '../shared/password-policy';

export interface TodoFacts {
  role: Role;
  /** Today in Asia/Shanghai, from the injected clock. */
  today: PlainDate;
  mustChangePassword: boolean;
  /** Days since the password was last set. */
  passwordAgeDays: number;
  /** Organisations in the actor's reach registered in the last NEW_REGISTRATION_DAYS days (city, province). */
  newOrganisations: number;
  /** Applications in the actor's reach by lifecycle state (applicant: its own; city: its city; province: all). */
  applicationsByState: Readonly<Record<string, number>>;
  /** Province: applications in 公示 whose window has ended (objections to resolve, then confirmation). */
  closedPublicity: number;
  /** Expert: assignments awaiting a declaration or scores. */
  openReviews: number;
  /** Province: objections not yet found true or untrue, and how many are past the handling deadline. */
  openObjections: { open: number; overdue: number };
  /** F5: acceptance and certification (acceptance-todos.ts). */
  acceptance: AcceptanceWork;
}

export interface Todo {
  key: string;
  title: string;
  description: string;
  link: string | null;
  count: number;
}

export const NEW_REGISTRATION_DAYS = 30;

export function computeTodos(facts: TodoFacts): Todo[] {
  const todos: Todo[] = [];
  if (facts.mustChangePassword) {
    todos.push({ key: 'password.initial', title: '修改初始密码', description: '首次登录须修改初始密码后再办理业务。', link: '/workspace/password', count: 1 });
  } else if (facts.passwordAgeDays >= PASSWORD_MAX_AGE_DAYS) {
    todos.push({
      key: 'password.expired',
      title: '密码已到期，请修改',
      description: `密码已使用${facts.passwordAgeDays}天，超过${PASSWORD_MAX_AGE_DAYS}天须更换。`,
      link: '/workspace/password',
      count: 1,
    });
  }
  // Art. 3, Art. 7(1): the city mobilises eligible platforms in its area; new registrations are whom to reach.
  if ((facts.role === 'city' || facts.role === 'province') && facts.newOrganisations > 0) {
    todos.push({
      key: 'organisations.new',
      title: facts.role === 'city' ? '了解本市新注册的运营主体' : '了解全省新注册的运营主体',
      description: `近${NEW_REGISTRATION_DAYS}天新注册${facts.newOrganisations}家，可指导其做好创建申报准备。`,
      link: '/workspace/organisations',
      count: facts.newOrganisations,
    });
  }
  todos.push(...workTodos(facts));
  todos.push(
    ...acceptanceTodos({
      ...facts.acceptance,
      role: facts.role,
      today: facts.today,
      acceptanceSubmitted: count(facts, 'acceptance_submitted'),
      certificationShortlisted: count(facts, 'certification_shortlisted'),
    }),
  );
  return todos;
}

const count = (facts: TodoFacts, state: string) => facts.applicationsByState[state] ?? 0;

// The work of Art. 7(1)(2), each with the page where it is done.
function workTodos(facts: TodoFacts): Todo[] {
  const todos: Todo[] = [];
  const add = (key: string, n: number, title: string, description: string, link: string) => {
    if (n > 0) todos.push({ key, title, description, link, count: n });
  };
  switch (facts.role) {
    case 'applicant':
      add('applications.returned', count(facts, 'returned_for_revision'), '按退回意见修改申报', `有${count(facts, 'returned_for_revision')}份申报被地市退回修改，请按意见修改后重新提交。`, '/workspace/my-applications');
      add('applications.draft', count(facts, 'draft'), '完成并提交申报', `有${count(facts, 'draft')}份申报草稿尚未提交，须在申报截止前提交。`, '/workspace/my-applications');
      break;
    case 'city':
      add('applications.cityReview', count(facts, 'submitted'), '初审本市申报', `有${count(facts, 'submitted')}份申报待初审：退回修改、不予推荐或推荐报省。`, '/workspace/city-review');
      break;
    case 'province':
      add('applications.provinceReview', count(facts, 'recommended'), '审核地市推荐的申报', `有${count(facts, 'recommended')}份申报待形式审查、专家评审和择优确定。`, '/workspace/province-review');
      add('notices.publish', count(facts, 'shortlisted'), '发布拟创建对象公示', `有${count(facts, 'shortlisted')}个拟创建对象待公示（5个工作日）。`, '/workspace/notices');
      add(
        'objections.open',
        facts.openObjections.open,
        '核实公示异议',
        facts.openObjections.overdue > 0 ? `有${facts.openObjections.open}件异议待核实，其中${facts.openObjections.overdue}件已超过办理期限。` : `有${facts.openObjections.open}件异议待核实。`,
        '/workspace/notices',
      );
      add('notices.confirm', facts.closedPublicity, '公示期满，确定创建对象', `有${facts.closedPublicity}个拟创建对象公示期已满，异议核实后可确定为创建对象。`, '/workspace/notices');
      break;
    case 'expert':
      add('reviews.open', facts.openReviews, '完成评审', `有${facts.openReviews}份创建方案待声明利害关系或评分。`, '/workspace/my-reviews');
      break;
    default:
      break;
  }
  return todos;
}
