// Traces with model calls of a model no built-in price covers, so their cost comes only from the
// project's own prices: what repricing tests change and read back.
import { ZTraceDetail } from "@spanlight/core";
import { expect } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { bearerAuth, hexId, otlpJsonBody, sendOtlp } from "../api/explorer-fixtures";
import type { TKeyPair } from "../api/explorer-fixtures";

export const REPRICE_MODEL = "acme-reprice-1";

/** One trace per start time: a root span and a model call of 1M input tokens (cost = the input rate). */
export async function sendPricedTraces(
  request: APIRequestContext,
  options: { keys: TKeyPair; startsMs: number[] },
): Promise<string[]> {
  const traceIds: string[] = [];
  for (const startMs of options.startsMs) {
    const traceId = hexId(16);
    const rootId = hexId(8);
    const body = otlpJsonBody({
      traceId,
      spans: [
        { spanId: rootId, name: "answer", startMs, durationMs: 50, attributes: {} },
        {
          spanId: hexId(8),
          parentSpanId: rootId,
          name: `chat ${REPRICE_MODEL}`,
          startMs: startMs + 1,
          durationMs: 40,
          attributes: {
            "gen_ai.operation.name": "chat",
            "gen_ai.request.model": REPRICE_MODEL,
            "gen_ai.usage.input_tokens": 1_000_000,
            "gen_ai.usage.output_tokens": 0,
          },
        },
      ],
    });
    await sendOtlp(request, body, options.keys);
    traceIds.push(traceId);
  }
  return traceIds;
}

/** The trace's rollup cost and its model call's cost and price. */
export async function readTraceCost(request: APIRequestContext, options: { keys: TKeyPair; traceId: string }) {
  const response = await request.get(`/api/public/traces/${options.traceId}`, { headers: bearerAuth(options.keys) });
  expect(response.status(), await response.text()).toBe(200);
  const trace = ZTraceDetail.parse(await response.json());
  const call = trace.spans.find((span) => span.model === REPRICE_MODEL);
  return { traceCost: trace.costUsd, spanCost: call?.costUsd ?? null, priceId: call?.priceId ?? null };
}
