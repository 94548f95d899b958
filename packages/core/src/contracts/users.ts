// End-users of the instrumented application (the `user.id` a trace carries), not Spanlight accounts.
import { z } from "zod";
import {
  checkRanges,
  queryText,
  ZListCursor,
  ZListLimit,
  ZNextCursor,
  ZSortOrder,
  ZTimeWindowFields,
} from "./query-params.ts";
import { ZTraceListPage } from "./trace-list.ts";

export const ZUserSort = z.enum(["lastSeenAt", "firstSeenAt", "traceCount", "cost", "tokens"]);
export type TUserSort = z.infer<typeof ZUserSort>;

/** End-users with a trace in the time window; their numbers count the traces in the window. */
export const ZUserListQuery = z
  .object({
    ...ZTimeWindowFields,
    search: queryText({ max: 200, description: "User id contains this text (case-insensitive)" }),
    sort: ZUserSort.default("lastSeenAt"),
    order: ZSortOrder.default("desc"),
    limit: ZListLimit,
    cursor: ZListCursor,
  })
  .superRefine((value, context) => checkRanges(value, context, [["from", "to"]]));
export type TUserListQuery = z.output<typeof ZUserListQuery>;
export type TUserListQueryInput = z.input<typeof ZUserListQuery>;

/** An end-user's traces rolled up. `errorCount` counts traces with at least one failed span. */
export const ZUserSummary = z.strictObject({
  userId: z.string(),
  traceCount: z.number().int(),
  sessionCount: z.number().int(),
  totalTokens: z.number().int(),
  costUsd: z.number().nullable().meta({ description: "USD; null when no model call of the user has a price" }),
  errorCount: z.number().int(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});
export type TUserSummary = z.infer<typeof ZUserSummary>;

export const ZUserListPage = z.strictObject({
  data: z.array(ZUserSummary),
  nextCursor: ZNextCursor,
});
export type TUserListPage = z.infer<typeof ZUserListPage>;

/** Paging of a user's traces, newest first. */
export const ZUserDetailQuery = z.object({ limit: ZListLimit, cursor: ZListCursor });
export type TUserDetailQuery = z.output<typeof ZUserDetailQuery>;

/** An end-user over all time, with a page of their traces, newest first (`traces.nextCursor` pages on). */
export const ZUserDetail = ZUserSummary.extend({ traces: ZTraceListPage }).strict();
export type TUserDetail = z.infer<typeof ZUserDetail>;

export const ZUserIdParam = z.object({ userId: z.string().min(1).max(500) });
