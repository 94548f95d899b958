// Seeding for the explorer API specs: traces sent over OTLP/HTTP JSON like an SDK would, and a
// second project with its own key pair made through the internal API as a signed-up person.
import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { ZCreatedApiKeyResponse } from "../../src/features/api-keys/contracts";
import { createProject, signUpApiClient, uniqueAccount } from "../support/accounts";
import { E2E_OWNER } from "../support/e2e-env";

export const OTLP_PATH = "/api/public/otel/v1/traces";

export type TKeyPair = { publicKey: string; secretKey: string };

export const OWNER_KEYS: TKeyPair = { publicKey: E2E_OWNER.publicKey, secretKey: E2E_OWNER.secretKey };

export const basicAuth = (keys: TKeyPair) => ({
  authorization: `Basic ${Buffer.from(`${keys.publicKey}:${keys.secretKey}`).toString("base64")}`,
});
export const bearerAuth = (keys: TKeyPair) => ({ authorization: `Bearer ${keys.secretKey}` });

export const hexId = (bytes: number) => randomBytes(bytes).toString("hex");
export const uniqueLabel = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

type TAttributeValue = string | number | boolean;
type TSpanSpec = {
  spanId: string;
  parentSpanId?: string;
  name: string;
  startMs: number;
  durationMs: number;
  attributes: Record<string, TAttributeValue>;
  isError?: boolean;
  events?: { name: string; timeMs: number; attributes: Record<string, TAttributeValue> }[];
};

function keyValues(attributes: Record<string, TAttributeValue>) {
  return Object.entries(attributes).map(([key, value]) => ({
    key,
    value:
      typeof value === "string"
        ? { stringValue: value }
        : typeof value === "boolean"
          ? { boolValue: value }
          : Number.isInteger(value)
            ? { intValue: String(value) }
            : { doubleValue: value },
  }));
}

const nanos = (ms: number) => `${BigInt(Math.round(ms)) * 1_000_000n}`;

/** An OTLP/JSON ExportTraceServiceRequest with one resource and one scope. */
export function otlpJsonBody(options: {
  traceId: string;
  spans: TSpanSpec[];
  resource?: Record<string, TAttributeValue>;
}): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: keyValues({ "service.name": "explorer-e2e", ...options.resource }) },
        scopeSpans: [
          {
            scope: { name: "explorer-e2e", version: "1.0.0" },
            spans: options.spans.map((span) => ({
              traceId: options.traceId,
              spanId: span.spanId,
              ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
              name: span.name,
              kind: span.parentSpanId ? 3 : 2,
              startTimeUnixNano: nanos(span.startMs),
              endTimeUnixNano: nanos(span.startMs + span.durationMs),
              attributes: keyValues(span.attributes),
              events: (span.events ?? []).map((event) => ({
                name: event.name,
                timeUnixNano: nanos(event.timeMs),
                attributes: keyValues(event.attributes),
              })),
              status: span.isError ? { code: 2, message: "tool failed" } : { code: 1 },
            })),
          },
        ],
      },
    ],
  });
}

export type TChatTrace = { traceId: string; rootSpanId: string; llmSpanId: string; body: string };

/** A chat turn as OpenInference would send it: a CHAIN root with the user's question and an LLM child. */
export function chatTrace(options: {
  userId: string;
  sessionId: string;
  tags: string[];
  question: string;
  answer: string;
  startMs?: number;
  isError?: boolean;
}): TChatTrace {
  const traceId = hexId(16);
  const rootSpanId = hexId(8);
  const llmSpanId = hexId(8);
  const startMs = options.startMs ?? Date.now() - 5_000;
  const facts = {
    "user.id": options.userId,
    "session.id": options.sessionId,
    "tag.tags": JSON.stringify(options.tags),
  };
  const body = otlpJsonBody({
    traceId,
    resource: { "deployment.environment.name": "e2e" },
    spans: [
      {
        spanId: rootSpanId,
        name: "support-chat",
        startMs,
        durationMs: 1_200,
        attributes: {
          ...facts,
          "openinference.span.kind": "CHAIN",
          "input.value": options.question,
          "output.value": options.answer,
        },
      },
      {
        spanId: llmSpanId,
        parentSpanId: rootSpanId,
        name: "ChatCompletion",
        startMs: startMs + 100,
        durationMs: 900,
        isError: options.isError,
        attributes: {
          ...facts,
          "openinference.span.kind": "LLM",
          "llm.model_name": "gpt-4o-mini",
          "llm.token_count.prompt": 120,
          "llm.token_count.completion": 30,
          "llm.temperature": 0.2,
        },
        events: [{ name: "first-token", timeMs: startMs + 300, attributes: { "gen_ai.chunk": 1 } }],
      },
    ],
  });
  return { traceId, rootSpanId, llmSpanId, body };
}

/** Sends one OTLP/JSON request and expects it stored. */
export async function sendOtlp(request: APIRequestContext, body: string, keys: TKeyPair): Promise<void> {
  const response = await request.post(OTLP_PATH, {
    data: body,
    headers: { "content-type": "application/json", ...basicAuth(keys) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A new person's project with a key pair, made through the internal API. */
export async function createProjectWithKeys(
  label: string,
): Promise<{ client: APIRequestContext; projectId: string; keys: TKeyPair }> {
  const client = await signUpApiClient(uniqueAccount(label));
  const project = await createProject(client, `Explorer ${label}`);
  const response = await client.post(`/api/projects/${project.id}/api-keys`, { data: { note: "explorer e2e" } });
  expect(response.status(), await response.text()).toBe(201);
  const { apiKey } = ZCreatedApiKeyResponse.parse(await response.json());
  return { client, projectId: project.id, keys: { publicKey: apiKey.publicKey, secretKey: apiKey.secretKey } };
}
