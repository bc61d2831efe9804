import { sql } from 'drizzle-orm';
import { ROLES } from '../../domain/shared/roles';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Stored lower-case: user names are compared without regard to case.
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  isDisabled: boolean('is_disabled').notNull().default(false),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // F7 item 3: 5 failures in a row lock the account for 30 minutes (等保2.0 三级 登录失败处理).
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  // F7 item 3: the TOTP secret (RFC 6238), sealed with the field cipher; confirmed once a first code matched.
  totpSecret: text('totp_secret'),
  totpConfirmedAt: timestamp('totp_confirmed_at', { withTimezone: true }),
});

// F7 item 3: the last passwords' hashes (argon2id), so none of the last 5 is chosen again. Append-only.
export const passwordHistory = pgTable(
  'password_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.createdAt)],
);

// A user acts in exactly one role per session. City officers carry their city; applicants their organisation.
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    role: text('role').notNull(),
    cityCode: varchar('city_code', { length: 6 }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_assignments_user_idx').on(t.userId),
    check('role_assignments_role', sql`${t.role} IN (${sql.raw(ROLES.map((r) => `'${r}'`).join(', '))})`),
    check(
      'role_assignments_scope',
      sql`(${t.role} <> 'city' OR ${t.cityCode} IS NOT NULL) AND (${t.role} <> 'applicant' OR ${t.organisationId} IS NOT NULL)`,
    ),
  ],
);

// Server-side sessions (DESIGN §6: app servers are stateless). The cookie holds a random token; only its
// SHA-256 is stored, so a copy of this table cannot be replayed.
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    roleAssignmentId: uuid('role_assignment_id').notNull().references(() => roleAssignments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    // F7 item 3: a back-office session that has proved the password but not yet the TOTP code reaches only the
    // second-factor routes, who-am-I and log-out.
    isSecondFactorPending: boolean('is_second_factor_pending').notNull().default(false),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// F7 item 2 (三员分立, ADR 0020): an initial or reset password is handed over in two halves — the system administrator
// sees the first when opening or resetting the account, the security administrator issues the second — so neither
// administrator alone can log in as the account's holder. The password's hash is set at once on `users`; this row
// keeps only the second half, sealed with the field cipher, until the security administrator issues it (then
// cleared). Append-only apart from that one issue.
export const credentialHandovers = pgTable(
  'credential_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id),
    /** 'created' (a new account) or 'reset' (a password reset). */
    kind: text('kind').notNull(),
    /** The second half, sealed (field-cipher `v1:`); null once issued or superseded. */
    secondHalfSealed: text('second_half_sealed'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    /** A newer handover of the same account (another reset) replaced this one before it was issued. */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    index('credential_handovers_user_idx').on(t.userId, t.requestedAt),
    index('credential_handovers_pending_idx').on(t.requestedAt).where(sql`${t.issuedAt} IS NULL AND ${t.supersededAt} IS NULL`),
    check('credential_handovers_kind', sql`${t.kind} IN ('created', 'reset')`),
  ],
);
