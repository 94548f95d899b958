import { z } from "zod";
import {
  checkRanges,
  queryDecimal,
  queryList,
  queryText,
  ZListCursor,
  ZListLimit,
  ZNextCursor,
  ZSortOrder,
  ZTimeWindowFields,
} from "./query-params.ts";
import { ZScoreConditions } from "./scores.ts";
import { ZSpanKind, ZTraceSummary } from "./traces.ts";

export const ZTraceSort = z.enum(["startTime", "latency", "cost", "tokens"]);
export type TTraceSort = z.infer<typeof ZTraceSort>;

export const ZTraceStatusFilter = z.enum(["error", "ok"]);

/**
 * The trace list's filters, as URL search params (`?status=error&tags=prod,beta`). Every filter
 * narrows; lists are bounded by the time window first. Parse with this schema; build URLs from
 * `TTraceListQueryInput` (all strings).
 */
export const ZTraceListQuery = z
  .object({
    ...ZTimeWindowFields,
    name: queryText({ max: 200, description: "Trace name contains this text (case-insensitive)" }),
    userId: queryText({ max: 500, description: "Exactly this end-user id" }),
    sessionId: queryText({ max: 500, description: "Exactly this session id" }),
    tags: queryList(z.string().max(200), "Comma-separated tags; a trace must carry all of them"),
    environment: queryText({ max: 200, description: "Exactly this environment" }),
    release: queryText({ max: 200, description: "Exactly this release (service.version or langfuse.release)" }),
    metadataKey: queryText({
      max: 200,
      description: "A span of the trace has this metadata key (with `metadataValue`: this key with that value)",
    }),
    metadataValue: queryText({
      max: 500,
      description: "With `metadataKey`: the key's value, compared as text (a number or boolean as it is written)",
    }),
    model: queryList(z.string().max(200), "Comma-separated models; a trace must have used at least one of them"),
    kind: queryList(ZSpanKind, "Comma-separated span kinds; a trace must contain a span of each"),
    status: ZTraceStatusFilter.optional().meta({ description: "`error`: at least one span failed; `ok`: none did" }),
    minLatencyMs: queryDecimal("Trace duration at least this many milliseconds"),
    maxLatencyMs: queryDecimal("Trace duration at most this many milliseconds"),
    minCost: queryDecimal("Cost at least this many USD"),
    maxCost: queryDecimal("Cost at most this many USD"),
    minTokens: queryDecimal("Total tokens at least this many"),
    maxTokens: queryDecimal("Total tokens at most this many"),
    search: queryText({
      max: 200,
      description:
        "Text in the spans' input or output (case-insensitive; the root span's first, up to 2,048 characters a trace)",
    }),
    score: ZScoreConditions,
    hasScore: queryList(z.string().max(200), "Comma-separated score names; a trace must have a score of each"),
    noScore: queryList(z.string().max(200), "Comma-separated score names; a trace must have no score of any of them"),
    scoreColumns: queryList(
      z.string().max(200),
      "Comma-separated score names: each trace answers `scoreMeans`, the mean value per name over the trace's and its spans' scores",
    ),
    sort: ZTraceSort.default("startTime"),
    order: ZSortOrder.default("desc"),
    limit: ZListLimit,
    cursor: ZListCursor,
  })
  .superRefine((value, context) => {
    if (value.metadataValue !== undefined && value.metadataKey === undefined) {
      context.addIssue({ code: "custom", path: ["metadataValue"], message: "metadataValue needs a metadataKey" });
    }
    checkRanges(value, context, [
      ["from", "to"],
      ["minLatencyMs", "maxLatencyMs"],
      ["minCost", "maxCost"],
      ["minTokens", "maxTokens"],
    ]);
  });
export type TTraceListQuery = z.output<typeof ZTraceListQuery>;
export type TTraceListQueryInput = z.input<typeof ZTraceListQuery>;

/** One page of traces, newest first by default. `nextCursor` is null on the last page. */
export const ZTraceListPage = z.strictObject({
  data: z.array(ZTraceSummary),
  nextCursor: ZNextCursor,
});
export type TTraceListPage = z.infer<typeof ZTraceListPage>;
