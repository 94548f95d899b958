import "server-only";
import { ZSessionListQuery } from "@spanlight/core";
import type { TSessionListPage } from "@spanlight/core";
import { listProjectSessions } from "@/features/explorer/server/list-project-sessions";
import type { TSessionListFilters } from "../lib/list-filters";
import { parseListParams, pickParams, toQueryString } from "../lib/list-params";
import type { TSearchParams } from "../lib/list-params";
import { parseTimeRange, windowOf } from "../lib/time-range";

export type TSessionListView = {
  filters: TSessionListFilters;
  page: TSessionListPage;
  /** The query as the internal API takes it, for "Load more". */
  apiQuery: string;
  /** URL params that did not parse and were ignored. */
  droppedKeys: string[];
  /** False only when the project has no session at all (not just none in this window). */
  hasAnySession: boolean;
};

const URL_KEYS = ["range", "userId", "search", "sort", "order"] as const;
// Wide enough to hold every trace: the "ever had a session" check reads the whole history.
const ALL_TIME_FROM = "1970-01-01T00:00:00Z";

/** The sessions page's list from its URL: the range preset becomes a window ending now. */
export async function loadSessionList(options: {
  projectId: string;
  searchParams: TSearchParams;
}): Promise<TSessionListView> {
  const picked = pickParams(options.searchParams, URL_KEYS);
  const range = parseTimeRange(picked.range);
  const { range: _range, ...fields } = picked;
  const { query, droppedKeys } = parseListParams(ZSessionListQuery, { ...fields, ...windowOf(range, Date.now()) });
  if (picked.range && picked.range !== range) droppedKeys.push("range");
  const page = await listProjectSessions({ projectId: options.projectId, query });
  const isFiltered = Boolean(query.userId || query.search);
  const hasAnySession = page.data.length > 0 || isFiltered || (await hasSessions(options.projectId));
  return {
    filters: { range, userId: query.userId ?? "", search: query.search ?? "", sort: query.sort, order: query.order },
    page,
    apiQuery: toQueryString({
      from: query.from,
      to: query.to,
      userId: query.userId,
      search: query.search,
      sort: query.sort,
      order: query.order,
      limit: query.limit,
    }),
    droppedKeys,
    hasAnySession,
  };
}

/** Only asked when the window is empty, to choose between onboarding and "nothing in this range". */
async function hasSessions(projectId: string): Promise<boolean> {
  const query = ZSessionListQuery.parse({ from: ALL_TIME_FROM, limit: "1" });
  const page = await listProjectSessions({ projectId, query });
  return page.data.length > 0;
}
