import { PROJECT_ROLES } from "@spanlight/core";
import { z } from "zod";

const ZRole = z.enum(PROJECT_ROLES, { error: "Choose a role" });

export const ZInviteMember = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "An email address has at most 254 characters")
    .pipe(z.email("Enter an email address")),
  role: ZRole,
});
export type TInviteMember = z.input<typeof ZInviteMember>;

export const ZUpdateMemberRole = z.object({ role: ZRole });
export type TUpdateMemberRole = z.infer<typeof ZUpdateMemberRole>;

export const ZMemberParams = z.object({ projectId: z.string().min(1), userId: z.string().min(1) });

export const ZMember = z.strictObject({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  createdAt: z.iso.datetime(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberResponse = z.strictObject({ member: ZMember });
export const ZMemberListResponse = z.strictObject({ members: z.array(ZMember) });

export const INVITATION_STATUSES = ["pending", "expired", "revoked", "accepted"] as const;

export const ZInvitation = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  status: z.enum(INVITATION_STATUSES),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

/** "Add member" answers with an invitation whether or not the email has an account. */
export const ZInvitationCreatedResponse = z.strictObject({ invitation: ZInvitation, inviteUrl: z.url() });
export type TInvitationCreatedResponse = z.infer<typeof ZInvitationCreatedResponse>;
export const ZInvitationListResponse = z.strictObject({ invitations: z.array(ZInvitation) });
export const ZInvitationParams = z.object({ projectId: z.string().min(1), invitationId: z.string().min(1).max(64) });

export const ZInvitationTokenParams = z.object({ token: z.string().min(16).max(128) });

/** What the link's holder sees: the project, the email and role, and whether to sign in or sign up. */
export const ZInvitationPreview = z.strictObject({
  projectName: z.string(),
  email: z.string(),
  role: ZRole,
  status: z.enum(INVITATION_STATUSES),
  expiresAt: z.iso.datetime(),
  hasAccount: z.boolean(),
});
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;
export const ZInvitationPreviewResponse = z.strictObject({ invitation: ZInvitationPreview });

/** Signed out: name and password make the account. Signed in: an empty body accepts as that account. */
export const ZAcceptInvitation = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Keep the name under 100 characters").optional(),
  password: z.string().min(8, "Use at least 8 characters").max(128, "Use at most 128 characters").optional(),
});
export type TAcceptInvitation = z.input<typeof ZAcceptInvitation>;
export const ZAcceptInvitationResponse = z.strictObject({ projectId: z.string(), role: ZRole });
