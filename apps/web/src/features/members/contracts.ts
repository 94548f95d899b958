import { PROJECT_ROLES } from "@spanlight/core";
import { z } from "zod";

const ZRole = z.enum(PROJECT_ROLES, { error: "Choose a role" });

export const ZInviteMember = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address")),
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
