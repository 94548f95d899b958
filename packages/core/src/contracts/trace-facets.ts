import { z } from "zod";
import { ZTimeWindowFields } from "./query-params.ts";

/** The trace-list filters whose fields suggest the values that exist. */
export const TRACE_FACET_FIELDS = ["name", "userId", "sessionId", "tags", "environment", "release", "model"] as const;
export const ZTraceFacetField = z.enum(TRACE_FACET_FIELDS);
export type TTraceFacetField = z.infer<typeof ZTraceFacetField>;

/** How many of a window's newest traces the counts read, so suggestions stay quick over any range. */
export const TRACE_FACET_SAMPLE = 50_000;
/** Values per field, most frequent first. */
export const TRACE_FACET_LIMIT = 50;

export const ZTraceFacetsQuery = z.object({ ...ZTimeWindowFields });

const ZFacetValue = z.strictObject({ value: z.string(), count: z.number().int() });
export const ZTraceFacets = z.strictObject({
  /** Traces the counts read: the window's newest, at most TRACE_FACET_SAMPLE. */
  traces: z.number().int(),
  isSampled: z.boolean(),
  facets: z.record(ZTraceFacetField, z.array(ZFacetValue)),
});
export type TTraceFacets = z.infer<typeof ZTraceFacets>;
