import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Next answers a method its route file does not export with a bare 405: no body, no `Allow`. For
 * `/api/` the API promises its JSON error shape, so that answer is replaced here, for every route
 * file (present and future) at once. `Allow` comes from Next itself: it implements OPTIONS for
 * every route with the methods the file exports, so the server asks itself for that.
 */
export function answerMethodNotAllowedAsJson(options: {
  request: http.IncomingMessage;
  response: http.ServerResponse;
  server: http.Server;
}): void {
  const { request, response } = options;
  const path = request.url?.split("?")[0] ?? "/";
  // OPTIONS is the question asked below: never intercept it, so a probe cannot loop.
  if (!path.startsWith("/api/") || request.method === "OPTIONS") return;
  const original = {
    writeHead: response.writeHead,
    flushHeaders: response.flushHeaders,
    write: response.write,
    end: response.end,
  };
  // Next sends its 405 through flushHeaders/write/end (an empty stream body), so each is watched:
  // the first that would send a 405 turns the answer into ours, and Next's bytes are dropped.
  let isReplacing = false;
  const isNext405 = (status: unknown) =>
    !response.headersSent && (typeof status === "number" ? status : response.statusCode) === 405;
  response.writeHead = ((...args: Parameters<typeof response.writeHead>) => {
    if (isReplacing || isNext405(args[0])) {
      isReplacing = true;
      return response;
    }
    return original.writeHead.apply(response, args);
  }) as typeof response.writeHead;
  response.flushHeaders = () => {
    if (isReplacing || isNext405(undefined)) isReplacing = true;
    else original.flushHeaders.call(response);
  };
  response.write = ((...args: Parameters<typeof response.write>) => {
    if (isReplacing || isNext405(undefined)) {
      isReplacing = true;
      return true;
    }
    return original.write.apply(response, args);
  }) as typeof response.write;
  response.end = ((...args: Parameters<typeof response.end>) => {
    if (!isReplacing && !isNext405(undefined)) return original.end.apply(response, args);
    isReplacing = true;
    void allowedMethods(options.server, request.url ?? path).then((allow) => {
      Object.assign(response, original);
      const requestId = headerOf(request, "x-request-id") ?? randomUUID();
      const message = `${request.method} is not allowed on ${path}${allow ? `; use ${allow}` : ""}`;
      const body = JSON.stringify({ error: { code: "method_not_allowed", message, requestId } });
      if (allow) response.setHeader("allow", allow);
      response.setHeader("content-type", "application/json");
      response.setHeader("cache-control", "no-store");
      response.setHeader("x-request-id", requestId);
      response.setHeader("content-length", Buffer.byteLength(body));
      response.removeHeader("transfer-encoding");
      response.statusCode = 405;
      response.end(request.method === "HEAD" ? undefined : body);
    });
    return response;
  }) as typeof response.end;
}

function allowedMethods(server: http.Server, url: string): Promise<string | null> {
  const address = server.address() as AddressInfo | null;
  if (!address) return Promise.resolve(null);
  const host = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  return new Promise((resolve) => {
    const probe = http.request({ host, port: address.port, method: "OPTIONS", path: url }, (answer) => {
      answer.resume();
      const allow = answer.headers.allow;
      resolve(answer.statusCode === 204 && typeof allow === "string" ? allow : null);
    });
    probe.on("error", () => resolve(null));
    probe.setTimeout(5_000, () => probe.destroy());
    probe.end();
  });
}

function headerOf(request: http.IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
