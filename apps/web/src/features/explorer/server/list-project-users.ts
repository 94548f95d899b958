import "server-only";
import type { TUserListPage, TUserListQuery } from "@spanlight/core";
import { listUsers } from "@spanlight/db";

/** A page of the end-users (trace user ids) with a trace in the window. */
export async function listProjectUsers(options: { projectId: string; query: TUserListQuery }): Promise<TUserListPage> {
  return listUsers(options);
}
