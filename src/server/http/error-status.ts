import type { ErrorCode } from '../../domain/shared/app-error';

// The single mapping from error code to HTTP status; a missing code is a compile error.
export const STATUS_BY_CODE = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CREDIT_CODE_TAKEN: 409,
  USERNAME_TAKEN: 409,
  // Lifecycle (src/domain/lifecycle): no row for this event in this state, or the row's condition does not hold yet.
  TRANSITION_NOT_ALLOWED: 409,
  TRANSITION_PRECONDITION_FAILED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // DESIGN §7: a computation reached a year whose holiday schedule has not been entered (details.year).
  CALENDAR_YEAR_MISSING: 422,
  CALL_YEAR_PUBLISHED: 409,
  CALL_NOT_DRAFT: 409,
  FILE_CORRUPTED: 500,
  // Someone else changed the record since it was loaded (details: state, lockVersion): reload and decide again.
  STATE_CHANGED: 409,
  // Art. 7(1): outside the call's application window (the message states the closing time).
  APPLICATION_WINDOW_CLOSED: 422,
  // Submission refused until every required part is filled in (issues list the fields).
  APPLICATION_INCOMPLETE: 422,
  // Art. 5: the organisation does not meet the conditions to apply.
  NOT_ELIGIBLE: 422,
  // The call's recommendation cap for the city is used up.
  CITY_CAP_REACHED: 422,
  // Fewer eligible experts than the draw asks for, after avoidance.
  EXPERT_POOL_TOO_SMALL: 422,
  // An expert must declare no conflict of interest before seeing a case.
  DECLARATION_REQUIRED: 403,
  // An objection to a notice whose 公示 window is not open (not yet, or over).
  PUBLICITY_NOT_OPEN: 422,
  // A 公示 was asked for a call with no application in the state it lists (e.g. nothing shortlisted).
  NOTHING_TO_PUBLISH: 422,
  NOTHING_DUE: 422,
  // Art. 7(1): the call's 初审截止日 has passed, so the city can no longer recommend.
  CITY_REVIEW_CLOSED: 422,
  // Art. 7(1)(2): the shortlist would pass the call's 年度创建数量.
  CREATION_QUOTA_REACHED: 422,
  // Too many attempts from one address on a public route (details.retryAfterSeconds); try again later.
  RATE_LIMITED: 429,
  // F7 item 3: 5 failed logins in a row lock the account for 30 minutes (details.lockedUntil).
  ACCOUNT_LOCKED: 423,
  // F7 item 3: a back-office session must prove its TOTP code (or enrol one) before anything else.
  SECOND_FACTOR_REQUIRED: 401,
  SECOND_FACTOR_INVALID: 401,
  // F7 item 2 (三员分立): an account holding an administrator role holds no other role.
  ROLE_SEPARATION: 409,
  // An import file that cannot be read as the dataset's template (empty, wrong columns, not a workbook): nothing imported.
  IMPORT_UNREADABLE: 422,
  // The push API's key is missing, unknown or revoked.
  API_KEY_INVALID: 401,
  // Data are collected from creation onwards only (creating, acceptance, certified, re-review, rectifying).
  DATA_COLLECTION_CLOSED: 409,
  // A creation object already has the most active push API keys allowed: revoke one first.
  API_KEY_LIMIT_REACHED: 409,
  // A half-year progress report before the half year's last day (src/domain/creation-data/progress-periods.ts).
  REPORT_NOT_DUE: 422,
  INTERNAL: 500,
} as const satisfies Record<ErrorCode, number>;
