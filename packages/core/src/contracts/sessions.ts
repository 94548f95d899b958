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
import { ZTraceSummary } from "./traces.ts";

export const ZSessionSort = z.enum(["lastTraceAt", "firstTraceAt", "traceCount", "cost", "tokens"]);
export type TSessionSort = z.infer<typeof ZSessionSort>;

/** Sessions with a trace in the time window; their numbers count the traces in the window. */
export const ZSessionListQuery = z
  .object({
    ...ZTimeWindowFields,
    userId: queryText({ max: 500, description: "Only sessions with a trace of this end-user" }),
    search: queryText({ max: 200, description: "Session id contains this text (case-insensitive)" }),
    sort: ZSessionSort.default("lastTraceAt"),
    order: ZSortOrder.default("desc"),
    limit: ZListLimit,
    cursor: ZListCursor,
  })
  .superRefine((value, context) => checkRanges(value, context, [["from", "to"]]));
export type TSessionListQuery = z.output<typeof ZSessionListQuery>;
export type TSessionListQueryInput = z.input<typeof ZSessionListQuery>;

/** A session's traces rolled up. `errorCount` counts traces with at least one failed span. */
export const ZSessionSummary = z.strictObject({
  sessionId: z.string(),
  traceCount: z.number().int(),
  firstTraceAt: z.string(),
  lastTraceAt: z.string(),
  /** From the first trace's start to the last trace's end. */
  durationMs: z.number(),
  totalTokens: z.number().int(),
  costUsd: z.number().nullable().meta({ description: "USD; null when no model call in the session has a price" }),
  errorCount: z.number().int(),
  /** The end-users seen in the session, sorted (usually one). */
  userIds: z.array(z.string()),
});
export type TSessionSummary = z.infer<typeof ZSessionSummary>;

export const ZSessionListPage = z.strictObject({
  data: z.array(ZSessionSummary),
  nextCursor: ZNextCursor,
});
export type TSessionListPage = z.infer<typeof ZSessionListPage>;

/**
 * One exchange of a session read as a conversation: the root span's input and output as text (the
 * last user message and the first answer when they are chat messages), up to 4,000 characters each.
 */
export const ZSessionTurn = z.strictObject({
  traceId: z.string(),
  startTime: z.string(),
  input: z.string().nullable(),
  output: z.string().nullable(),
  /** The span that failed, the root's failure first: a failed tool call does not fail the turn. */
  failedSpan: z
    .strictObject({ spanId: z.string(), name: z.string(), statusMessage: z.string().nullable(), isRoot: z.boolean() })
    .nullable(),
});
export type TSessionTurn = z.infer<typeof ZSessionTurn>;

/**
 * A session over all its traces (no time window), its first `SESSION_TRACE_LIMIT` traces in start
 * order, and the same traces as conversation turns. `hasMoreTraces` says the list was cut.
 */
export const ZSessionDetail = ZSessionSummary.extend({
  traces: z.array(ZTraceSummary),
  turns: z.array(ZSessionTurn),
  hasMoreTraces: z.boolean(),
}).strict();
export type TSessionDetail = z.infer<typeof ZSessionDetail>;

export const SESSION_TRACE_LIMIT = 1_000;

export const ZSessionIdParam = z.object({ sessionId: z.string().min(1).max(500) });
