import type { z } from 'zod';
import type { apiToken, auditPage, createTokenResponse, invitationInfo, inviteResponse, network, totpSetupResponse } from '../../core/platform/schemas.js';

/** Types of API answers that `schemas.ts` does not name itself. */
export type { AuditEntry, Me, Organisation, UserSummary } from '../../core/platform/schemas.js';
export type ApiToken = z.infer<typeof apiToken>;
export type AuditPage = z.infer<typeof auditPage>;
export type CreateTokenResponse = z.infer<typeof createTokenResponse>;
export type InvitationInfo = z.infer<typeof invitationInfo>;
export type InviteResponse = z.infer<typeof inviteResponse>;
export type Network = z.infer<typeof network>;
export type TotpSetup = z.infer<typeof totpSetupResponse>;
