// Sending traces to the running e2e server the way an exporter does, and opening the init project
// (E2E_OWNER's key pair writes there) in a signed-in browser.
import { randomBytes } from "node:crypto";
import { expect } from "@playwright/test";
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { signInBrowser } from "./accounts";
import { E2E_ENV, E2E_OWNER } from "./e2e-env";

export const OTLP_HTTP_URL = `http://127.0.0.1:${E2E_ENV.OTLP_HTTP_PORT}`;
export const OWNER_BEARER = { authorization: `Bearer ${E2E_OWNER.secretKey}` };

export function randomTraceId(): string {
  return randomBytes(16).toString("hex");
}

export function randomSpanId(): string {
  return randomBytes(8).toString("hex");
}

export async function postOtlpJson(request: APIRequestContext, body: unknown): Promise<void> {
  const response = await request.post(`${OTLP_HTTP_URL}/v1/traces`, {
    headers: { ...OWNER_BEARER, "content-type": "application/json" },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(200);
}

export async function postOtlpProtobuf(request: APIRequestContext, body: Uint8Array): Promise<void> {
  const response = await request.post(`${OTLP_HTTP_URL}/v1/traces`, {
    headers: { ...OWNER_BEARER, "content-type": "application/x-protobuf" },
    data: Buffer.from(body),
    timeout: 120_000,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Waits until the public API reports the trace with all its spans stored. */
export async function waitForTrace(
  request: APIRequestContext,
  options: { traceId: string; spanCount: number },
): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/public/traces/${options.traceId}`, {
          headers: OWNER_BEARER,
          timeout: 60_000,
        });
        return response.ok() ? ((await response.json()) as { spanCount: number }).spanCount : 0;
      },
      { timeout: 60_000, intervals: [250, 500, 1000] },
    )
    .toBe(options.spanCount);
}

/** Signs the browser in as the init user and returns the init project's id. */
export async function signInToOwnerProject(context: BrowserContext): Promise<string> {
  await signInBrowser(context, E2E_OWNER);
  const response = await context.request.get("/api/projects");
  expect(response.status()).toBe(200);
  const { projects } = (await response.json()) as { projects: Array<{ id: string; name: string }> };
  const project = projects.find((candidate) => candidate.name === E2E_OWNER.projectName);
  expect(project, "the init project exists").toBeDefined();
  return project!.id;
}
