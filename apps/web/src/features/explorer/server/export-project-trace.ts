import "server-only";
import type { TTraceDetail, TTraceExportFormat } from "@spanlight/core";
import { encodeJsonTraceRequest } from "@spanlight/ingest";
import { getProjectTrace } from "./get-project-trace";
import { toOtlpTraceRequest } from "./to-otlp-trace-request";

/**
 * The whole trace as a download: `json` is the canonical trace (the public API's shape), `otlp` an
 * OTLP/JSON ExportTraceServiceRequest that any OTLP endpoint (Spanlight's own included) accepts.
 */
export async function exportProjectTrace(options: {
  projectId: string;
  traceId: string;
  format: TTraceExportFormat;
}): Promise<Response> {
  const trace = await getProjectTrace(options);
  const { body, fileName } = encodeExport(trace, options);
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}

function encodeExport(
  trace: TTraceDetail,
  options: { traceId: string; format: TTraceExportFormat },
): { body: string; fileName: string } {
  switch (options.format) {
    case "json":
      return { body: JSON.stringify(trace), fileName: `trace-${options.traceId}.json` };
    case "otlp":
      return {
        body: encodeJsonTraceRequest(toOtlpTraceRequest(trace)),
        fileName: `trace-${options.traceId}.otlp.json`,
      };
    default: {
      const exhaustive: never = options.format;
      return exhaustive;
    }
  }
}
