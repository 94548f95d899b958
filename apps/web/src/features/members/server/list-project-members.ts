import "server-only";
import { listMembers } from "@spanlight/db";
import type { TMember } from "../contracts";
import { toMemberDto } from "./to-member-dto";

export async function listProjectMembers(projectId: string): Promise<TMember[]> {
  const members = await listMembers(projectId);
  return members.map(toMemberDto);
}
