import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encodeExportResponse } from "../../src/otlp/encode-response.ts";
import { redactHeaders } from "./captured-request.ts";
import type { TCapturedRequest } from "./captured-request.ts";

export type THttpCaptureServer = { baseUrl: string; captured: TCapturedRequest[]; close: () => Promise<void> };

/**
 * An OTLP/HTTP endpoint on 127.0.0.1 that stores every request body as it arrived and answers with
 * an empty ExportTraceServiceResponse in the request's format, as a real receiver would. Any path is
 * accepted, so recorders put the fixture name in the URL (e.g. /otel-sdk-genai-json/v1/traces).
 */
export async function startHttpCaptureServer(): Promise<THttpCaptureServer> {
  const captured: TCapturedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const contentType = request.headers["content-type"] ?? null;
      captured.push({
        transport: "http",
        method: request.method ?? "GET",
        path: request.url ?? "/",
        contentType,
        contentEncoding: request.headers["content-encoding"] ?? null,
        headers: redactHeaders(request.headers),
        body: Buffer.concat(chunks),
      });
      const isJson = contentType?.includes("json") ?? false;
      response.writeHead(200, { "content-type": isJson ? "application/json" : "application/x-protobuf" });
      response.end(encodeExportResponse({ rejectedSpans: 0 }, isJson ? "json" : "protobuf"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    captured,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
