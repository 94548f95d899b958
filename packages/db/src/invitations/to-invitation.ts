import type { TProjectRole } from "@spanlight/core";

export type TInvitationStatus = "pending" | "expired" | "revoked" | "accepted";

export type TInvitation = {
  id: string;
  projectId: string;
  email: string;
  role: TProjectRole;
  status: TInvitationStatus;
  createdAt: Date;
  expiresAt: Date;
};

export const INVITATION_SELECT = {
  id: true,
  projectId: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
} as const;

type TInvitationRow = {
  id: string;
  projectId: string;
  email: string;
  role: TProjectRole;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export function invitationStatus(
  row: Pick<TInvitationRow, "expiresAt" | "acceptedAt" | "revokedAt">,
  now: Date,
): TInvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export function toInvitation(row: TInvitationRow, now: Date): TInvitation {
  return {
    id: row.id,
    projectId: row.projectId,
    email: row.email,
    role: row.role,
    status: invitationStatus(row, now),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  };
}
