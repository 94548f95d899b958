import { encodeProtobufTraceRequest } from "@spanlight/ingest";
import type { TOtlpSpan, TOtlpTraceRequest } from "@spanlight/ingest";
import { findIdOffsets, stampedId } from "../lib/id-template.ts";
import type { TIdTemplate } from "../lib/id-template.ts";
import { createRandom, randomHex } from "../lib/random.ts";
import { generateTraceRequest } from "./generate-spans.ts";

export type TRequestTemplate = {
  request: TOtlpTraceRequest;
  body: TIdTemplate;
  /** Every span's (trace id, span id), ids as in the template (nonce not yet stamped). */
  spanKeys: { traceId: string; spanId: string }[];
};

/** A stamped request: which template, which nonce. Enough to list every span it carried. */
export type TSentRequest = { template: number; nonce: number };

/** The spans of a request in the order the encoder writes them. */
export function spansOf(request: TOtlpTraceRequest): TOtlpSpan[] {
  return request.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
}

/** `count` distinct 512-span requests, encoded once; run-to-run identical for the same seed. */
export function buildRequestTemplates(options: { count: number; seed: number }): TRequestTemplate[] {
  const startUnixMs = Date.now();
  return Array.from({ length: options.count }, (_, index) => {
    const seed = options.seed + index;
    const nonceHex = randomHex(createRandom(seed * 7919), 4);
    const request = generateTraceRequest({ seed, nonceHex, startUnixMs });
    const spans = spansOf(request);
    const bytes = Buffer.from(encodeProtobufTraceRequest(request));
    const ids = spans.map((span) => [span.traceId, span.spanId, ...(span.parentSpanId ? [span.parentSpanId] : [])]);
    const body: TIdTemplate = { bytes, offsets: findIdOffsets(bytes, ids, "binary"), encoding: "binary" };
    return { request, body, spanKeys: spans.map((span) => ({ traceId: span.traceId, spanId: span.spanId })) };
  });
}

/** Every (trace id, span id) the given requests carried. */
export function sentSpanKeys(
  templates: TRequestTemplate[],
  sent: TSentRequest[],
): { traceIds: string[]; spanIds: string[] } {
  const traceIds: string[] = [];
  const spanIds: string[] = [];
  for (const { template, nonce } of sent) {
    for (const key of templates[template]!.spanKeys) {
      traceIds.push(stampedId(key.traceId, nonce));
      spanIds.push(stampedId(key.spanId, nonce));
    }
  }
  return { traceIds, spanIds };
}
