// The 待办 panel: what awaits a person, computed from facts the use case gathers. Each later feature adds
// its own facts and rules here (applications to review, notices to publish, scores due …).
import type { Role } from '../shared/roles';

export interface TodoFacts {
  role: Role;
  mustChangePassword: boolean;
  /** Days since the password was last set. */
  passwordAgeDays: number;
  /** Organisations in the actor's reach registered in the last NEW_REGISTRATION_DAYS days (city, province). */
  newOrganisations: number;
}

export interface Todo {
  key: string;
  title: string;
  description: string;
  link: string | null;
  count: number;
}

// 等保2.0 三级: passwords are changed periodically; 90 days is the rule set in F7.
export const PASSWORD_MAX_AGE_DAYS = 90;
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
  return todos;
}
