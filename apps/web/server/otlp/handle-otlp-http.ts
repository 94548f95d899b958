import type { IncomingMessage, ServerResponse } from "node:http";
import { UnsupportedMediaTypeError } from "@spanlight/core";
import { authenticateApiKey } from "@spanlight/db";
import type { SpanWriter } from "@spanlight/db";
import {
  decodeJsonTraceRequest,
  decodeProtobufTraceRequest,
  decompressBody,
  encodeExportResponse,
  encodeStatus,
} from "@spanlight/ingest";
import type { TOtlpFormat } from "@spanlight/ingest";
import { ingestTraceRequest } from "../../src/features/ingestion/server/ingest-trace-request.ts";
import { toOtlpFailure } from "./otlp-errors.ts";
import { readBody } from "./read-body.ts";

type TSignal = "traces" | "logs" | "metrics";

const SIGNAL_PATHS: Record<string, TSignal> = {
  "/v1/traces": "traces",
  "/v1/logs": "logs",
  "/v1/metrics": "metrics",
  "/api/public/otel/v1/traces": "traces",
  "/api/public/otel/v1/logs": "logs",
  "/api/public/otel/v1/metrics": "metrics",
};

const CONTENT_TYPES: Record<TOtlpFormat, string> = { protobuf: "application/x-protobuf", json: "application/json" };

export type TOtlpHttpOptions = { writer: SpanWriter; maxBodyBytes: number };

/** The OTLP signal a path asks for, or null when the path is not an OTLP path. */
export function otlpSignalOf(url: string | undefined): TSignal | null {
  const path = (url ?? "").split("?")[0]!.replace(/\/+$/, "");
  return SIGNAL_PATHS[path] ?? null;
}

/**
 * OTLP/HTTP: protobuf or JSON, identity/gzip/deflate, answered in the request's own content type.
 * Logs and metrics are accepted and discarded (documented), so a mixed exporter does not fail.
 */
export async function handleOtlpHttp(
  request: IncomingMessage,
  response: ServerResponse,
  options: TOtlpHttpOptions & { signal: TSignal },
): Promise<void> {
  const format = formatOf(request.headers["content-type"]);
  try {
    if (request.method !== "POST") {
      response
        .writeHead(405, { allow: "POST", "content-type": "application/json" })
        .end('{"code":12,"message":"Use POST"}');
      return;
    }
    const principal = await authenticateApiKey(request.headers.authorization);
    if (format === null) {
      throw new UnsupportedMediaTypeError(
        `Unsupported Content-Type "${request.headers["content-type"] ?? ""}": send application/x-protobuf or application/json`,
      );
    }
    const raw = await readBody(request, options.maxBodyBytes);
    if (options.signal !== "traces") {
      send(response, 200, format, encodeExportResponse({ rejectedSpans: 0 }, format));
      return;
    }
    const body = await decompressBody(raw, headerValue(request.headers["content-encoding"]), options.maxBodyBytes);
    const decoded =
      format === "protobuf" ? decodeProtobufTraceRequest(body) : decodeJsonTraceRequest(new TextDecoder().decode(body));
    const result = await ingestTraceRequest({
      projectId: principal.projectId,
      request: decoded,
      writer: options.writer,
    });
    send(response, 200, format, encodeExportResponse(result, format));
  } catch (error) {
    const failure = toOtlpFailure(error);
    const headers: Record<string, string> = failure.retryAfterSeconds
      ? { "retry-after": String(failure.retryAfterSeconds) }
      : {};
    // A body we stopped reading cannot be left on a keep-alive connection.
    if (failure.httpStatus === 413) headers.connection = "close";
    const errorFormat = format ?? "json";
    send(
      response,
      failure.httpStatus,
      errorFormat,
      encodeStatus({ code: failure.grpcCode, message: failure.message }, errorFormat),
      headers,
    );
  }
}

function formatOf(contentType: string | undefined): TOtlpFormat | null {
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType === "application/x-protobuf" || mediaType === "application/protobuf") return "protobuf";
  if (mediaType === "application/json") return "json";
  return null;
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function send(
  response: ServerResponse,
  status: number,
  format: TOtlpFormat,
  body: Uint8Array | string,
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": CONTENT_TYPES[format], ...headers });
  response.end(body);
}
