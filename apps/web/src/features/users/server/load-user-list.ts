import "server-only";
import { ZUserListQuery } from "@spanlight/core";
import type { TUserListPage } from "@spanlight/core";
import { listProjectUsers } from "@/features/explorer/server/list-project-users";
import { parseListParams, parseTimeRange, pickParams, toQueryString, windowOf } from "@/features/sessions";
import type { TSearchParams } from "@/features/sessions";
import type { TUserListFilters } from "../lib/list-filters";

export type TUserListView = {
  filters: TUserListFilters;
  page: TUserListPage;
  /** The query as the internal API takes it, for "Load more". */
  apiQuery: string;
  droppedKeys: string[];
  /** False only when no trace of the project ever carried a user id. */
  hasAnyUser: boolean;
};

const URL_KEYS = ["range", "search", "sort", "order"] as const;
const ALL_TIME_FROM = "1970-01-01T00:00:00Z";

/** The users page's list from its URL: the range preset becomes a window ending now. */
export async function loadUserList(options: {
  projectId: string;
  searchParams: TSearchParams;
}): Promise<TUserListView> {
  const picked = pickParams(options.searchParams, URL_KEYS);
  const range = parseTimeRange(picked.range);
  const { range: _range, ...fields } = picked;
  const { query, droppedKeys } = parseListParams(ZUserListQuery, { ...fields, ...windowOf(range, Date.now()) });
  if (picked.range && picked.range !== range) droppedKeys.push("range");
  const page = await listProjectUsers({ projectId: options.projectId, query });
  const hasAnyUser = page.data.length > 0 || Boolean(query.search) || (await hasUsers(options.projectId));
  return {
    filters: { range, search: query.search ?? "", sort: query.sort, order: query.order },
    page,
    apiQuery: toQueryString({
      from: query.from,
      to: query.to,
      search: query.search,
      sort: query.sort,
      order: query.order,
      limit: query.limit,
    }),
    droppedKeys,
    hasAnyUser,
  };
}

/** Only asked when the window is empty, to choose between onboarding and "nobody in this range". */
async function hasUsers(projectId: string): Promise<boolean> {
  const page = await listProjectUsers({ projectId, query: ZUserListQuery.parse({ from: ALL_TIME_FROM, limit: "1" }) });
  return page.data.length > 0;
}
