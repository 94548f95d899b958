import "server-only";
import { TRACE_LIST_EXPORT_MAX } from "@spanlight/core";
import type { TTraceListExportFormat, TTraceListQuery, TTraceSummary } from "@spanlight/core";
import { getTraceSummaries, listTraces } from "@spanlight/db";
import { encodeCsvTable } from "@spanlight/eval";

/** Rows per database page while a filter streams out (the list's own keyset pages). */
const PAGE_SIZE = 200;

const CSV_COLUMNS: ReadonlyArray<[string, (trace: TTraceSummary) => string]> = [
  ["traceId", (trace) => trace.traceId],
  ["name", (trace) => trace.name ?? ""],
  ["startTime", (trace) => trace.startTime],
  ["endTime", (trace) => trace.endTime],
  ["durationMs", (trace) => String(trace.durationMs)],
  ["userId", (trace) => trace.userId ?? ""],
  ["sessionId", (trace) => trace.sessionId ?? ""],
  ["tags", (trace) => trace.tags.join(",")],
  ["environment", (trace) => trace.environment ?? ""],
  ["release", (trace) => trace.release ?? ""],
  ["models", (trace) => trace.models.join(",")],
  ["spanCount", (trace) => String(trace.spanCount)],
  ["errorCount", (trace) => String(trace.errorCount)],
  ["inputTokens", (trace) => String(trace.inputTokens)],
  ["outputTokens", (trace) => String(trace.outputTokens)],
  ["totalTokens", (trace) => String(trace.totalTokens)],
  ["costUsd", (trace) => (trace.costUsd === null ? "" : String(trace.costUsd))],
  ["inputPreview", (trace) => trace.inputPreview ?? ""],
  ["outputPreview", (trace) => trace.outputPreview ?? ""],
];

/**
 * Every trace the list's filter matches (newest first, at most TRACE_LIST_EXPORT_MAX) as a file. Pages
 * are read from the database only as the client reads the body, so a large export holds one page.
 */
export async function exportTraceFilter(options: {
  projectId: string;
  query: TTraceListQuery;
  format: TTraceListExportFormat;
}): Promise<Response> {
  return fileResponse(options.format, traceFilterPages(options));
}

/** The selected traces (the selection bar's) as a file. */
export async function exportTraceSelection(options: {
  projectId: string;
  traceIds: string[];
  format: TTraceListExportFormat;
}): Promise<Response> {
  const traces = await getTraceSummaries(options);
  return fileResponse(
    options.format,
    (async function* () {
      yield traces;
    })(),
  );
}

async function* traceFilterPages(options: { projectId: string; query: TTraceListQuery }) {
  let query: TTraceListQuery = { ...options.query, limit: PAGE_SIZE, cursor: undefined };
  let sent = 0;
  while (sent < TRACE_LIST_EXPORT_MAX) {
    const page = await listTraces({ projectId: options.projectId, query });
    const rows = page.data.slice(0, TRACE_LIST_EXPORT_MAX - sent);
    sent += rows.length;
    yield rows;
    if (!page.nextCursor) return;
    query = { ...query, cursor: page.nextCursor };
  }
}

function fileResponse(format: TTraceListExportFormat, pages: AsyncGenerator<TTraceSummary[]>): Response {
  const encoder = new TextEncoder();
  let isOpen = false;
  let rowsSent = 0;
  const jsonRow = (trace: TTraceSummary) => `${rowsSent++ === 0 ? "" : ","}\n${JSON.stringify(trace)}`;
  const csvRows = (traces: TTraceSummary[]) =>
    traces.length === 0 ? "" : encodeCsvTable(traces.map((trace) => CSV_COLUMNS.map(([, cell]) => cell(trace))));
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!isOpen) {
          isOpen = true;
          controller.enqueue(
            encoder.encode(format === "json" ? "[" : encodeCsvTable([CSV_COLUMNS.map(([name]) => name)])),
          );
          return;
        }
        const next = await pages.next();
        if (next.done) {
          if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(format === "json" ? next.value.map(jsonRow).join("") : csvRows(next.value)));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  const extension = format === "json" ? "json" : "csv";
  return new Response(body, {
    headers: {
      "content-type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="traces-${new Date().toISOString().slice(0, 19).replaceAll(":", "")}.${extension}"`,
      "cache-control": "no-store",
    },
  });
}
