import "server-only";
import { ZSessionListQuery, ZUserDetailQuery } from "@spanlight/core";
import type { TSessionListPage, TUserDetail } from "@spanlight/core";
import { getUser } from "@spanlight/db";
import { listProjectSessions } from "@/features/explorer/server/list-project-sessions";
import { toQueryString } from "@/features/sessions";

export type TUserPageData = {
  user: TUserDetail;
  sessions: TSessionListPage;
  /** The sessions query as the internal API takes it, for "Load more". */
  sessionsApiQuery: string;
};

/** An end-user over all time, their newest traces and their sessions; null for the 404 page. */
export async function loadUser(options: { projectId: string; userId: string }): Promise<TUserPageData | null> {
  const user = await getUser({ ...options, query: ZUserDetailQuery.parse({}) });
  if (!user) return null;
  // Their whole history is the window, as for their traces: first trace to now (or to their last
  // trace, when a clock sent it from the future).
  const to = new Date(Math.max(Date.now(), Date.parse(user.lastSeenAt) + 1)).toISOString();
  const sessionsQuery = { from: user.firstSeenAt, to, userId: options.userId };
  const sessions = await listProjectSessions({
    projectId: options.projectId,
    query: ZSessionListQuery.parse(sessionsQuery),
  });
  return { user, sessions, sessionsApiQuery: toQueryString(sessionsQuery) };
}
