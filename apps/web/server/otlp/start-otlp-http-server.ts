import http from "node:http";
import { keepConnectionsAlive, listen } from "../http/start-main-server.ts";
import { handleOtlpHttp, otlpSignalOf } from "./handle-otlp-http.ts";
import type { TOtlpHttpOptions } from "./handle-otlp-http.ts";

/** Claims OTLP paths on any server: true when the request was taken. */
export function createOtlpClaim(options: TOtlpHttpOptions) {
  return (request: http.IncomingMessage, response: http.ServerResponse): boolean => {
    const signal = otlpSignalOf(request.url);
    if (!signal) return false;
    void handleOtlpHttp(request, response, { ...options, signal });
    return true;
  };
}

/** The dedicated OTLP/HTTP port (4318), so OTEL_EXPORTER_OTLP_ENDPOINT=http://host:4318 works unchanged. */
export async function startOtlpHttpServer(
  options: TOtlpHttpOptions & { port: number; hostname: string },
): Promise<http.Server> {
  const claim = createOtlpClaim(options);
  const server = http.createServer((request, response) => {
    if (claim(request, response)) return;
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ code: 5, message: "Not found: POST OTLP to /v1/traces" }));
  });
  await listen(keepConnectionsAlive(server), options.port, options.hostname);
  return server;
}
