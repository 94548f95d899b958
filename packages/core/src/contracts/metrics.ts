import { z } from "zod";
import { BUCKET_LIMIT, bucketCount, resolveGranularity, ZGranularity } from "../metrics/time-buckets.ts";
import { ZTraceListQuery } from "./trace-list.ts";

export const METRIC_VIEWS = ["traces", "spans"] as const;
export const ZMetricView = z.enum(METRIC_VIEWS);
export type TMetricView = z.infer<typeof ZMetricView>;

/** Measures without a parameter; `scoreMean:<name>` and `scoreCount:<name>` take a score name. */
export const BASE_MEASURES = [
  "count",
  "errorCount",
  "errorRate",
  "latencyP50",
  "latencyP90",
  "latencyP95",
  "latencyP99",
  "latencyMean",
  "inputTokens",
  "outputTokens",
  "totalTokens",
  "cacheReadTokens",
  "reasoningTokens",
  "costUsd",
] as const;
export type TBaseMeasure = (typeof BASE_MEASURES)[number];
export const SCORE_MEASURE_PREFIXES = ["scoreMean", "scoreCount"] as const;
export type TScoreMeasurePrefix = (typeof SCORE_MEASURE_PREFIXES)[number];

export const METRIC_GROUPS = [
  "time",
  "model",
  "provider",
  "traceName",
  "userId",
  "sessionId",
  "environment",
  "release",
  "tag",
  "promptName",
  "promptVersion",
] as const;
export type TMetricGroup = (typeof METRIC_GROUPS)[number];
/** Facts of a single span: a trace has several, so these groups need the spans view. */
export const SPAN_ONLY_GROUPS: readonly TMetricGroup[] = ["provider", "promptName", "promptVersion"];

/** A measure as parsed: a base measure, or a score measure with its score name. */
export type TMeasure = { key: string; base: TBaseMeasure } | { key: string; score: TScoreMeasurePrefix; name: string };

/** `latencyP95` → base; `scoreMean:helpfulness` → score; anything else → null (a 400 naming it). */
export function parseMeasure(key: string): TMeasure | null {
  if ((BASE_MEASURES as readonly string[]).includes(key)) return { key, base: key as TBaseMeasure };
  const colon = key.indexOf(":");
  const prefix = key.slice(0, colon);
  const name = key.slice(colon + 1);
  if (colon < 0 || !name || !(SCORE_MEASURE_PREFIXES as readonly string[]).includes(prefix)) return null;
  return { key, score: prefix as TScoreMeasurePrefix, name };
}

/** Filter keys the metrics query leaves to its own fields (window, paging and sort mean nothing here). */
const NOT_FILTERS = ["from", "to", "sort", "order", "limit", "cursor", "scoreColumns"];

const ZMeasureKey = z.string().min(1).max(220);

/**
 * One metrics query, the body of POST /api/public/metrics: what the dashboard's charts send too.
 * `filters` are the trace list's query parameters as an object (`{"status": "error", "tags":
 * "prod,beta", "model": "gpt-4o"}`), so a chart point's link to the list carries them unchanged.
 */
export const ZMetricsQuery = z
  .strictObject({
    view: ZMetricView.meta({
      description:
        "`traces`: one row per trace (the trace list's rows); `spans`: the spans of the traces the filters match, where `kind` and `model` select the spans themselves",
    }),
    measures: z
      .array(ZMeasureKey)
      .min(1)
      .max(20)
      .meta({ description: `Any of ${BASE_MEASURES.join(", ")}, scoreMean:<score name>, scoreCount:<score name>` }),
    groupBy: z
      .array(z.string().max(40))
      .max(3)
      .default([])
      .meta({ description: `Any of ${METRIC_GROUPS.join(", ")} (provider, promptName and promptVersion: spans view)` }),
    granularity: ZGranularity.default("auto"),
    filters: z
      .record(z.string(), z.string())
      .default({})
      .meta({ description: "The trace list's query parameters (as GET /api/public/traces takes them) as an object" }),
    from: z.iso.datetime({ offset: true }).meta({ description: "Start of the window (trace start), inclusive" }),
    to: z.iso.datetime({ offset: true }).meta({ description: "End of the window, exclusive" }),
    orderBy: z
      .strictObject({ measure: ZMeasureKey, order: z.enum(["asc", "desc"]).default("desc") })
      .optional()
      .meta({ description: "Sort rows by one of the asked measures (default: by time, then group keys)" }),
    limit: z.number().int().min(1).max(10_000).default(1_000),
  })
  .superRefine((body, context) => {
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: "custom", path, message });
    body.measures.forEach((key, index) => {
      if (!parseMeasure(key)) issue(["measures", index], `unknown measure "${key}"`);
    });
    if (body.orderBy && !body.measures.includes(body.orderBy.measure))
      issue(["orderBy", "measure"], `"${body.orderBy.measure}" is not one of the asked measures`);
    body.groupBy.forEach((group, index) => {
      if (!(METRIC_GROUPS as readonly string[]).includes(group)) issue(["groupBy", index], `unknown group "${group}"`);
      else if (body.view === "traces" && SPAN_ONLY_GROUPS.includes(group as TMetricGroup))
        issue(["groupBy", index], `group "${group}" is a span fact: use view "spans"`);
    });
    if (new Set(body.groupBy).size !== body.groupBy.length) issue(["groupBy"], "a group is given twice");
    if (Date.parse(body.from) >= Date.parse(body.to)) issue(["to"], "must be after from");
    if (body.groupBy.includes("time")) {
      const granularity = resolveGranularity({ from: body.from, to: body.to, granularity: body.granularity });
      if (bucketCount({ from: body.from, to: body.to, granularity }) > BUCKET_LIMIT)
        issue(["granularity"], `${granularity} buckets over this window exceed ${BUCKET_LIMIT}; choose a coarser one`);
    }
    for (const key of Object.keys(body.filters)) {
      if (NOT_FILTERS.includes(key)) issue(["filters", key], "not a filter here: use the query's own field");
    }
    const parsed = ZTraceListQuery.safeParse(body.filters);
    if (parsed.success) return;
    for (const filterIssue of parsed.error.issues)
      issue(["filters", ...filterIssue.path.map(String)], filterIssue.message);
  })
  .transform((body) => ({
    ...body,
    granularity: resolveGranularity(body),
    measures: body.measures.map((key) => parseMeasure(key) as TMeasure),
    groupBy: body.groupBy as TMetricGroup[],
    filters: ZTraceListQuery.parse({ ...body.filters, from: body.from, to: body.to }),
  }));
export type TMetricsQuery = z.output<typeof ZMetricsQuery>;
export type TMetricsQueryInput = z.input<typeof ZMetricsQuery>;

/** A row: its group keys (`time` as the bucket's ISO start) and measures; null where nothing was measured. */
export const ZMetricsRow = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type TMetricsRow = z.infer<typeof ZMetricsRow>;

export const ZMetricsResult = z.strictObject({ data: z.array(ZMetricsRow) });
export type TMetricsResult = z.infer<typeof ZMetricsResult>;
