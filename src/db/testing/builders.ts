// Test data builders: each test makes the rows it needs, with overrides; unique values come from a counter
// and a random salt so tests never collide with each other or with demo data.
import { randomBytes } from 'node:crypto';
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../../domain/credit-code/credit-code';
import type { Role } from '../../domain/shared/roles';
import type { Db } from '../client';
import { organisationsRepository, type NewOrganisation, type OrganisationRow } from '../repositories/organisations.repository';
import { usersRepository, type RoleAssignmentRow, type UserRow } from '../repositories/users.repository';

let counter = 0;
function unique(): string {
  counter += 1;
  return `${counter}${randomBytes(3).toString('hex')}`;
}

/** A valid credit code with a random organisation identifier, registered in the given division. */
export function makeCreditCode(divisionCode = '440100'): string {
  let identifier = '';
  for (const byte of randomBytes(9)) identifier += CREDIT_CODE_ALPHABET.charAt(byte % CREDIT_CODE_ALPHABET.length);
  const first17 = `12${divisionCode}${identifier}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export function buildOrganisation(overrides: Partial<NewOrganisation> = {}): NewOrganisation {
  const cityCode = overrides.cityCode ?? '440100';
  return {
    creditCode: makeCreditCode(cityCode),
    name: `测试运营主体${unique()}`,
    operatorKind: 'public_institution',
    isBranch: false,
    cityCode,
    countyCode: cityCode === '440300' ? '440305' : '440106',
    establishedOn: '2015-06-01',
    contactName: '测试联系人',
    contactPhone: '13900000000',
    ...overrides,
  };
}

export async function createOrganisation(db: Db, overrides: Partial<NewOrganisation> = {}): Promise<OrganisationRow> {
  const row = await organisationsRepository.insert(db, buildOrganisation(overrides));
  if (!row) throw new Error('builder credit code collided');
  return row;
}

export interface CreateUserOptions {
  role: Role;
  passwordHash: string;
  cityCode?: string | null;
  organisationId?: string | null;
  username?: string;
  mustChangePassword?: boolean;
  isDisabled?: boolean;
  passwordChangedAt?: Date;
}

export async function createUser(db: Db, options: CreateUserOptions): Promise<{ user: UserRow; assignment: RoleAssignmentRow }> {
  const user = await usersRepository.insert(db, {
    username: options.username ?? `u${options.role}${unique()}`,
    displayName: `测试用户（${options.role}）`,
    passwordHash: options.passwordHash,
    mustChangePassword: options.mustChangePassword ?? false,
    isDisabled: options.isDisabled ?? false,
    ...(options.passwordChangedAt ? { passwordChangedAt: options.passwordChangedAt } : {}),
  });
  if (!user) throw new Error('builder username collided');
  const assignment = await usersRepository.insertAssignment(db, {
    userId: user.id,
    role: options.role,
    cityCode: options.cityCode ?? null,
    organisationId: options.organisationId ?? null,
  });
  return { user, assignment };
}
