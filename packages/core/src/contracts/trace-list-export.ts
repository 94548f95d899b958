import { z } from "zod";
import { DELETE_TRACES_MAX } from "./trace-delete.ts";
import { ZTraceListQuery } from "./trace-list.ts";

/** A trace list as a file: a JSON array of trace summaries, or CSV with one row per trace. */
export const ZTraceListExportFormat = z.enum(["json", "csv"]);
export type TTraceListExportFormat = z.infer<typeof ZTraceListExportFormat>;

/** The most traces one export of a filter streams (newest first, in the list's order). */
export const TRACE_LIST_EXPORT_MAX = 100_000;

const ZFormat = ZTraceListExportFormat.default("json").meta({ description: "json (an array of trace rows) or csv" });
export const ZTraceListExportFormatQuery = z.object({ format: ZFormat });

/** The trace list's filters and the file format: what an export of the filter reads. */
export const ZTraceListExportQuery = ZTraceListQuery.safeExtend({ format: ZFormat });
export type TTraceListExportQuery = z.output<typeof ZTraceListExportQuery>;

/** Selected rows to export, as the selection bar sends them. */
export const ZTraceListExportSelection = z.strictObject({
  traceIds: z.array(z.string().min(1).max(200)).min(1).max(DELETE_TRACES_MAX),
});
