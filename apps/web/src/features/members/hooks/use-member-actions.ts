"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { ZInvitationCreatedResponse } from "../contracts";
import type { TInviteMember, TUpdateMemberRole } from "../contracts";

function memberPath(projectId: string, userId?: string): string {
  const base = `/api/projects/${encodeURIComponent(projectId)}/members`;
  return userId ? `${base}/${encodeURIComponent(userId)}` : base;
}

async function inviteMember(input: TInviteMember & { projectId: string }) {
  const body = { email: input.email, role: input.role };
  return apiFetch(memberPath(input.projectId), { method: "POST", body, schema: ZInvitationCreatedResponse });
}

async function revokeInvitation(input: { projectId: string; invitationId: string }) {
  const path = `/api/projects/${encodeURIComponent(input.projectId)}/invitations/${encodeURIComponent(input.invitationId)}`;
  await apiFetch(path, { method: "DELETE" });
}

export function useRevokeInvitation() {
  return useAction(revokeInvitation);
}

async function changeRole(input: TUpdateMemberRole & { projectId: string; userId: string }) {
  await apiFetch(memberPath(input.projectId, input.userId), { method: "PATCH", body: { role: input.role } });
}

async function removeMember(input: { projectId: string; userId: string }) {
  await apiFetch(memberPath(input.projectId, input.userId), { method: "DELETE" });
}

export function useInviteMember() {
  return useAction(inviteMember);
}

export function useChangeMemberRole() {
  return useAction(changeRole);
}

export function useRemoveMember() {
  return useAction(removeMember);
}
