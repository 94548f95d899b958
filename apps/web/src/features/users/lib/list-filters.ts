import type { TSortOrder, TUserSort } from "@spanlight/core";
import type { TTimeRange } from "@/features/sessions";

/** The users list's state as its URL holds it. */
export type TUserListFilters = { range: TTimeRange; search: string; sort: TUserSort; order: TSortOrder };
