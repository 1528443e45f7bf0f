import { z } from 'zod';
import { ORG_TYPES, ROLES, UI_LANGUAGES } from './roles.js';

/** Shared by the server (request validation, OpenAPI) and the web app (forms). */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const email = z.string().trim().toLowerCase().max(254).email();
export const password = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);
export const personName = z.string().trim().min(1).max(200);
export const countryCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code, e.g. GRC');
export const role = z.enum(ROLES);
export const orgType = z.enum(ORG_TYPES);
export const uiLanguage = z.enum(UI_LANGUAGES);
export const uuid = z.uuid();
export const totpCode = z.string().regex(/^\d{6}$/, 'six digits');
export const recoveryCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{5}-?[a-z0-9]{5}$/i, 'a recovery code like abcde-12345');

export const idParams = z.strictObject({ id: uuid });
export const tokenParams = z.strictObject({ token: z.string().min(20).max(200) });

export const setupRequest = z.strictObject({
  networkName: z.string().trim().min(1).max(200),
  networkLanguages: z.array(uiLanguage).min(1).max(UI_LANGUAGES.length),
  orgName: z.string().trim().min(1).max(200),
  orgCountry: countryCode,
  orgType,
  adminName: personName,
  adminEmail: email,
  adminPassword: password,
  language: uiLanguage.default('en'),
});
export type SetupRequest = z.infer<typeof setupRequest>;

export const signInRequest = z.strictObject({
  email,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  totp: totpCode.optional(),
  recoveryCode: recoveryCode.optional(),
});
export type SignInRequest = z.infer<typeof signInRequest>;

export const userStatus = z.enum(['active', 'invited', 'disabled', 'locked']);

export const me = z.object({
  user: z.object({
    id: uuid,
    email: z.string(),
    name: z.string(),
    roles: z.array(role),
    language: uiLanguage,
    orgId: uuid,
    orgName: z.string(),
    orgCountry: z.string(),
    networkName: z.string(),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
  }),
  /** True while a user who needs a second factor has not enrolled one: only enrolment is allowed. */
  enrolmentRequired: z.boolean(),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof me>;

export const updateMeRequest = z.strictObject({
  name: personName.optional(),
  language: uiLanguage.optional(),
});

export const changePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: password,
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export const totpConfirmRequest = z.strictObject({ code: totpCode });
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const passwordConfirmRequest = z.strictObject({ password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });

export const apiToken = z.object({
  id: uuid,
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
/** Creating a token asks for the password again: a borrowed session must not become lasting access. */
export const createTokenRequest = z.strictObject({ name: z.string().trim().min(1).max(100), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });
export const createTokenResponse = z.object({ id: uuid, token: z.string() });

export const userSummary = z.object({
  id: uuid,
  email: z.string(),
  name: z.string(),
  roles: z.array(role),
  status: userStatus,
  totpEnabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
  /** The supervisor who sees this user's cases (src/core/cases/visibility.ts). */
  supervisorId: uuid.nullable(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const inviteRequest = z.strictObject({
  email,
  name: personName,
  roles: z.array(role).min(1).max(ROLES.length),
});
export const inviteResponse = z.object({
  user: userSummary,
  inviteUrl: z.string(),
  expiresAt: z.string(),
  /** True when the link was also sent to the user by e-mail (SMTP configured). */
  emailed: z.boolean(),
});

export const updateUserRequest = z.strictObject({
  roles: z.array(role).min(1).max(ROLES.length).optional(),
  disabled: z.boolean().optional(),
  /** The user's supervisor (a supervisor of the same organisation), or null for none. */
  supervisorId: uuid.nullable().optional(),
});

/** A colleague as every user of the organisation may see them: to name caseworkers, teams and assignees. */
export const colleague = z.object({ id: uuid, name: z.string(), roles: z.array(role) });
export type Colleague = z.infer<typeof colleague>;

export const invitationInfo = z.object({ email: z.string(), name: z.string(), orgName: z.string() });
export const acceptInvitationRequest = z.strictObject({ password, name: personName.optional() });

export const organisation = z.object({
  id: uuid,
  name: z.string(),
  country: z.string(),
  type: orgType,
  createdAt: z.string(),
  /** Only for the caller's own organisation: other members' users are not theirs to count. */
  userCount: z.number().int().nullable(),
});
export type Organisation = z.infer<typeof organisation>;
export const createOrganisationRequest = z.strictObject({
  name: z.string().trim().min(1).max(200),
  country: countryCode,
  type: orgType,
  /** Optional first administrator, invited with a link (a new organisation has no one to do it). */
  adminEmail: email.optional(),
  adminName: personName.optional(),
});
export const createOrganisationResponse = organisation.extend({ inviteUrl: z.string().optional(), emailed: z.boolean().optional() });
export const updateOrganisationRequest = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  country: countryCode.optional(),
  type: orgType.optional(),
});

/** The network's threshold for small cells in statistics (issue 7): counts under it are not shown at network level. */
export const MIN_STATS_THRESHOLD = 2;
export const MAX_STATS_THRESHOLD = 1000;
export const statsThreshold = z.number().int().min(MIN_STATS_THRESHOLD).max(MAX_STATS_THRESHOLD);

export const network = z.object({ name: z.string(), languages: z.array(uiLanguage), statsThreshold: z.number().int() });
export const updateNetworkRequest = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  languages: z.array(uiLanguage).min(1).max(UI_LANGUAGES.length).optional(),
  statsThreshold: statsThreshold.optional(),
});

export const auditOutcome = z.enum(['success', 'failure', 'denied']);
export const auditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  orgId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  outcome: auditOutcome,
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditQuery = z.strictObject({
  action: z.string().max(100).optional(),
  actorId: uuid.optional(),
  outcome: auditOutcome.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const auditPage = z.object({ entries: z.array(auditEntry), nextBefore: z.number().int().nullable() });

export const unlockAddressRequest = z.strictObject({ ip: z.string().min(2).max(64) });

export const health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'external']), version: z.string() });
export const setupStatus = z.object({ needed: z.boolean() });
export const ok = z.object({ ok: z.literal(true) });

/** Stable error codes: the web app translates them (locale key `errors.<code>`). */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unknown_field',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'enrolment_required',
  'invalid_credentials',
  'totp_required',
  'invalid_totp',
  'account_locked',
  'address_locked',
  'too_many_attempts',
  'weak_password',
  'common_password',
  'email_taken',
  'already_set_up',
  'not_set_up',
  'invitation_invalid',
  'totp_already_enabled',
  'totp_not_started',
  'last_admin',
  'conflict',
  'stale_version',
  'consent_required',
  'unsupported_file_type',
  'idempotency_key_reused',
  'device_wiped',
  'hsds_invalid',
  'not_on_haven',
  'htcds_invalid',
  'too_many_exports',
  'linkage_keys_invalid',
  'too_many_requests',
  'help_messages_closed',
  'no_attempts_left',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** One problem of many (an import): where it is, and what is wrong. */
export const errorDetail = z.object({
  file: z.string().optional(),
  /** 1-based data row of a CSV file, or the index in a JSON list. */
  row: z.number().int().optional(),
  field: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetail>;
export const apiError = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), field: z.string().optional(), details: z.array(errorDetail).optional() }),
});
export type ApiError = z.infer<typeof apiError>;
export type UiLanguageList = z.infer<typeof network>['languages'];
