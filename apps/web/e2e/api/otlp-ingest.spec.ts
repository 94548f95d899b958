import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, E2E_ENV, E2E_OWNER } from "../support/e2e-env";

const OTLP_HTTP_URL = `http://127.0.0.1:${E2E_ENV.OTLP_HTTP_PORT}`;
const BEARER = { authorization: `Bearer ${E2E_OWNER.secretKey}` };
const BASIC = {
  authorization: `Basic ${Buffer.from(`${E2E_OWNER.publicKey}:${E2E_OWNER.secretKey}`).toString("base64")}`,
};

/** An OTLP/JSON request as the spec writes it: hex ids, nanoseconds as strings, KeyValue attributes. */
function chatTrace(traceId: string) {
  const rootId = randomBytes(8).toString("hex");
  const attr = (key: string, value: Record<string, unknown>) => ({ key, value });
  return {
    resourceSpans: [
      {
        resource: { attributes: [attr("service.name", { stringValue: "e2e" })] },
        scopeSpans: [
          {
            scope: { name: "e2e-test" },
            spans: [
              {
                traceId,
                spanId: rootId,
                name: "answer-question",
                kind: 1,
                startTimeUnixNano: "1764000000000000000",
                endTimeUnixNano: "1764000002000000000",
                attributes: [
                  attr("user.id", { stringValue: "e2e-user" }),
                  attr("session.id", { stringValue: "e2e-session" }),
                ],
              },
              {
                traceId,
                spanId: randomBytes(8).toString("hex"),
                parentSpanId: rootId,
                name: "chat gpt-4o-mini",
                kind: 3,
                startTimeUnixNano: "1764000000100000000",
                endTimeUnixNano: "1764000001900000000",
                attributes: [
                  attr("gen_ai.operation.name", { stringValue: "chat" }),
                  attr("gen_ai.provider.name", { stringValue: "openai" }),
                  attr("gen_ai.request.model", { stringValue: "gpt-4o-mini" }),
                  attr("gen_ai.usage.input_tokens", { intValue: "1000" }),
                  attr("gen_ai.usage.output_tokens", { intValue: 500 }),
                  attr("gen_ai.input.messages", {
                    stringValue: JSON.stringify([
                      { role: "user", parts: [{ type: "text", content: "What is OTLP?" }] },
                    ]),
                  }),
                  attr("gen_ai.output.messages", {
                    stringValue: JSON.stringify([
                      { role: "assistant", parts: [{ type: "text", content: "A protocol." }], finish_reason: "stop" },
                    ]),
                  }),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

test.describe("[OTLP]: ingestion through the running server", () => {
  for (const [label, url, headers] of [
    ["main port /api/public/otel, Basic", `${E2E_BASE_URL}/api/public/otel/v1/traces`, BASIC],
    ["main port /v1/traces, Bearer", `${E2E_BASE_URL}/v1/traces`, BEARER],
    ["OTLP port /v1/traces, Basic", `${OTLP_HTTP_URL}/v1/traces`, BASIC],
  ] as const) {
    test(`stores a trace sent to the ${label} and reads it back`, async ({ request }) => {
      const traceId = randomBytes(16).toString("hex");
      const response = await request.post(url, {
        headers: { ...headers, "content-type": "application/json" },
        data: chatTrace(traceId),
      });
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({});

      const read = await request.get(`/api/public/traces/${traceId}`, { headers: BEARER });
      expect(read.status()).toBe(200);
      const trace = await read.json();
      expect(trace).toMatchObject({
        traceId,
        name: "answer-question",
        spanCount: 2,
        userId: "e2e-user",
        sessionId: "e2e-session",
      });
      expect(trace.inputTokens).toBe(1000);
      expect(trace.costUsd).toBeGreaterThan(0);
      const llm = trace.spans.find((span: { kind: string }) => span.kind === "LLM");
      expect(llm).toMatchObject({
        model: "gpt-4o-mini",
        provider: "openai",
        inputTokens: 1000,
        outputTokens: 500,
        costSource: "price",
      });
      expect(llm.inputMessages).toEqual([{ role: "user", content: "What is OTLP?" }]);
      expect(llm.outputMessages[0]).toMatchObject({ role: "assistant", content: "A protocol." });
    });
  }

  test("refuses a wrong key with 401 and keeps serving", async ({ request }) => {
    const traceId = randomBytes(16).toString("hex");
    const wrong = await request.post(`${E2E_BASE_URL}/api/public/otel/v1/traces`, {
      headers: { authorization: "Bearer sk-sl-not-a-key", "content-type": "application/json" },
      data: chatTrace(traceId),
    });
    expect(wrong.status()).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: "Invalid API key" });
    const missing = await request.get(`/api/public/traces/${traceId}`);
    expect(missing.status()).toBe(401);
    expect((await missing.json()).error.code).toBe("unauthorized");
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("answers 404 for a trace the project does not have", async ({ request }) => {
    const response = await request.get(`/api/public/traces/${randomBytes(16).toString("hex")}`, { headers: BEARER });
    expect(response.status()).toBe(404);
  });
});
