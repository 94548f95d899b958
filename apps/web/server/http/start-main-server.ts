import http from "node:http";
import type net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TServerConfig } from "@spanlight/core/server";
import next from "next";
import { stampClientIp } from "./client-ip.ts";
import { answerMethodNotAllowedAsJson } from "./json-method-not-allowed.ts";

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type TRequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/**
 * UI and API on PORT. Requests the ingestion path claims (OTLP) never enter Next: they are the hot
 * path and have their own body limits and answers.
 */
export async function startMainServer(options: {
  config: TServerConfig;
  claimRequest: (request: http.IncomingMessage, response: http.ServerResponse) => boolean;
}): Promise<http.Server> {
  const { config } = options;
  const app = next({ dev: false, dir: WEB_DIR, hostname: config.hostname, port: config.port, customServer: true });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    if (options.claimRequest(request, response)) return;
    stampClientIp(request, config.trustProxy);
    answerMethodNotAllowedAsJson({ request, response, server });
    void handleWithNext(request, response);
  });
  await listen(keepConnectionsAlive(server), config.port, config.hostname);
  return server;
}

/**
 * Node closes an idle keep-alive socket after 5 s; a client that reuses it at that moment gets
 * ECONNRESET (seen in the e2e suite, and what OTLP exporters pooling connections would hit). Keep
 * idle sockets longer than common client pools do, and headers' timeout just above that.
 */
export function keepConnectionsAlive(server: http.Server): http.Server {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

export function listen(server: net.Server, port: number, hostname: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
