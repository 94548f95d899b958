import "server-only";
import type { TMember as TDbMember } from "@spanlight/db";
import type { TMember } from "../contracts";

export function toMemberDto(member: TDbMember): TMember {
  return {
    userId: member.userId,
    name: member.name,
    email: member.email,
    role: member.role,
    createdAt: member.createdAt.toISOString(),
  };
}
