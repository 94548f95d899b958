import "server-only";
import { buildOpenApiDocument } from "./build-openapi-document";

// Built on first request and kept: the contracts cannot change while the process runs. Keyed by
// origin because the document names the server it was fetched from.
const documents = new Map<string, Record<string, unknown>>();

export function getOpenApiDocument(options: { origin: string }): Record<string, unknown> {
  let document = documents.get(options.origin);
  if (!document) {
    document = buildOpenApiDocument({ serverUrl: options.origin });
    documents.set(options.origin, document);
  }
  return document;
}
