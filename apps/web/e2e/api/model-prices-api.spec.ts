import { randomBytes } from "node:crypto";
import { ZModelPrice } from "@spanlight/core";
import type { TModelPriceContract } from "@spanlight/core";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { E2E_OWNER } from "../support/e2e-env";

const BEARER = { authorization: `Bearer ${E2E_OWNER.secretKey}` };
// A model no built-in row prices, so a cost can only come from the project's table. (Overriding a
// built-in such as gpt-4o-mini here would change the cost other specs see in the shared init project.)
const MADE_UP_MODEL = "acme-llm-1";
// The server caches a project's price table this long (features/ingestion/server/price-table.ts).
const PRICE_CACHE_MS = 10_000;

type TSpan = {
  kind: string;
  model: string | null;
  costUsd: number | null;
  inputCostUsd: number | null;
  outputCostUsd: number | null;
  costSource: string;
  priceId: string | null;
};
type TTrace = { costUsd: number | null; spans: TSpan[] };

function llmTrace(traceId: string) {
  const attr = (key: string, value: Record<string, unknown>) => ({ key, value });
  const rootId = randomBytes(8).toString("hex");
  return {
    resourceSpans: [
      {
        resource: { attributes: [attr("service.name", { stringValue: "e2e-prices" })] },
        scopeSpans: [
          {
            scope: { name: "e2e-test" },
            spans: [
              {
                traceId,
                spanId: rootId,
                name: "answer",
                kind: 1,
                startTimeUnixNano: "1764000000000000000",
                endTimeUnixNano: "1764000002000000000",
              },
              {
                traceId,
                spanId: randomBytes(8).toString("hex"),
                parentSpanId: rootId,
                name: `chat ${MADE_UP_MODEL}`,
                kind: 3,
                startTimeUnixNano: "1764000000100000000",
                endTimeUnixNano: "1764000001900000000",
                attributes: [
                  attr("gen_ai.operation.name", { stringValue: "chat" }),
                  attr("gen_ai.request.model", { stringValue: MADE_UP_MODEL }),
                  attr("gen_ai.usage.input_tokens", { intValue: "1000" }),
                  attr("gen_ai.usage.output_tokens", { intValue: "500" }),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

async function sendTrace(request: APIRequestContext): Promise<TTrace> {
  const traceId = randomBytes(16).toString("hex");
  const sent = await request.post("/api/public/otel/v1/traces", {
    headers: { ...BEARER, "content-type": "application/json" },
    data: llmTrace(traceId),
  });
  expect(sent.status(), await sent.text()).toBe(200);
  const read = await request.get(`/api/public/traces/${traceId}`, { headers: BEARER });
  expect(read.status()).toBe(200);
  return (await read.json()) as TTrace;
}

function llmSpan(trace: TTrace): TSpan {
  const span = trace.spans.find((candidate) => candidate.kind === "LLM");
  expect(span, "the trace has an LLM span").toBeDefined();
  return span as TSpan;
}

/** Removes prices a previous run against the same database left, so a POST is not a 409. */
async function deletePricesNamed(request: APIRequestContext, modelName: string): Promise<void> {
  const list = await request.get("/api/public/model-prices", { headers: BEARER });
  expect(list.status()).toBe(200);
  const { prices } = (await list.json()) as { prices: TModelPriceContract[] };
  for (const price of prices.filter((candidate) => candidate.modelName === modelName)) {
    expect((await request.delete(`/api/public/model-prices/${price.id}`, { headers: BEARER })).status()).toBe(204);
  }
}

test.describe("[PRICES]: project model prices through the public API", () => {
  test("a project price costs new spans of its model and is recorded on them", async ({ request }) => {
    test.setTimeout(90_000);
    await deletePricesNamed(request, MADE_UP_MODEL);
    // No built-in row takes the made-up model. This also fills the server's price cache, so the new
    // price below has to come through the cache's expiry, as it does for a running exporter.
    const unpriced = llmSpan(await sendTrace(request));
    expect(unpriced).toMatchObject({ model: MADE_UP_MODEL, costUsd: null, priceId: null, costSource: "none" });

    const created = await request.post("/api/public/model-prices", {
      headers: BEARER,
      // The spans start in 2025 (llmTrace), so the price must be in effect from before then.
      data: {
        modelName: MADE_UP_MODEL,
        matchPattern: "acme-llm-1",
        inputPerMTok: 1000,
        outputPerMTok: 2000,
        effectiveFrom: "2025-01-01T00:00:00Z",
      },
    });
    expect(created.status(), await created.text()).toBe(200);
    // Strict: a field the contract does not name fails the parse.
    const price = ZModelPrice.parse(await created.json());
    expect(price).toMatchObject({ modelName: MADE_UP_MODEL, cacheReadPerMTok: null, reasoningPerMTok: null });
    const createdAt = Date.now();

    const listed = await request.get("/api/public/model-prices", { headers: BEARER });
    const { prices, builtin } = (await listed.json()) as { prices: TModelPriceContract[]; builtin: unknown[] };
    expect(prices.map((row) => row.id)).toContain(price.id);
    expect(builtin.length).toBeGreaterThan(10);

    // The price table is cached per project, so a span may still miss the new row for up to 10 s.
    let trace = await sendTrace(request);
    const deadline = createdAt + 3 * PRICE_CACHE_MS;
    while (!llmSpan(trace).priceId?.startsWith("project:") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      trace = await sendTrace(request);
    }

    const span = llmSpan(trace);
    expect(span).toMatchObject({ model: MADE_UP_MODEL, priceId: `project:${price.id}`, costSource: "price" });
    // 1000 input tokens at $1000/M + 500 output tokens at $2000/M.
    expect(span.costUsd).toBeCloseTo((1000 * 1000) / 1e6 + (500 * 2000) / 1e6, 9);
    expect(span.inputCostUsd).toBeCloseTo(1, 9);
    expect(span.outputCostUsd).toBeCloseTo(1, 9);
    expect(trace.costUsd).toBeCloseTo(2, 9);

    expect((await request.delete(`/api/public/model-prices/${price.id}`, { headers: BEARER })).status()).toBe(204);
  });

  test("refuses a match pattern that is not a regular expression with 400", async ({ request }) => {
    const response = await request.post("/api/public/model-prices", {
      headers: BEARER,
      data: { modelName: "acme-broken", matchPattern: "acme-(llm", inputPerMTok: 1, outputPerMTok: 2 },
    });
    expect(response.status()).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(error.code).toBe("invalid_request");
    expect(error.issues.map((issue) => issue.path)).toEqual(["matchPattern"]);
  });

  test("refuses a second price with the same model name and start date with 409", async ({ request }) => {
    const modelName = `acme-dup-${randomBytes(4).toString("hex")}`;
    const body = {
      modelName,
      matchPattern: String.raw`acme-dup-.*`,
      inputPerMTok: 1,
      outputPerMTok: 2,
      effectiveFrom: "2026-01-01T00:00:00.000Z",
    };
    const first = await request.post("/api/public/model-prices", { headers: BEARER, data: body });
    expect(first.status()).toBe(200);
    const { id } = ZModelPrice.parse(await first.json());

    const second = await request.post("/api/public/model-prices", {
      headers: BEARER,
      data: { ...body, inputPerMTok: 5 },
    });
    expect(second.status()).toBe(409);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe("conflict");

    expect((await request.delete(`/api/public/model-prices/${id}`, { headers: BEARER })).status()).toBe(204);
  });
});
