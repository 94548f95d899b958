import "server-only";
import { buildOpenApiDocument } from "./build-openapi-document";

// Built on first request and kept: the contracts cannot change while the process runs. Only the
// server URL follows the request, so a varying Host header cannot grow a cache.
let document: Record<string, unknown> | null = null;

export function getOpenApiDocument(options: { origin: string }): Record<string, unknown> {
  document ??= buildOpenApiDocument({ serverUrl: options.origin });
  return { ...document, servers: [{ url: options.origin }] };
}
