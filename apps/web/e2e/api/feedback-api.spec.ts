import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { ZFeedbackSettingsResponse, ZFeedbackToken, ZProblem, ZScore, ZScoreListPage } from "@spanlight/core";
import { addMember, newApiClient, signUpApiClient, uniqueAccount, uniqueClientIp } from "../support/accounts";
import { E2E_BASE_URL } from "../support/e2e-env";
import { OTLP_HTTP_URL } from "../support/otlp-send";
import { bearerAuth, createProjectWithKeys, hexId, uniqueLabel } from "./explorer-fixtures";
import type { TKeyPair } from "./explorer-fixtures";

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/app/api");

/** Every route file under /api as [METHOD, path with made-up params], read from the file system. */
function allApiRoutes(): [string, string][] {
  const entries = readdirSync(API_DIR, { recursive: true, encoding: "utf8" }).filter((entry) =>
    entry.endsWith("route.ts"),
  );
  return entries.flatMap((entry) => {
    const routePath = `/api/${path.dirname(entry)}`.replace(/\[(\w+)\]/g, "x$1");
    const methods = [
      ...readFileSync(path.join(API_DIR, entry), "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g),
    ];
    return methods.map(([, method]): [string, string] => [method!, routePath]);
  });
}

type TFeedbackProject = { owner: APIRequestContext; projectId: string; keys: TKeyPair };

async function feedbackProject(label: string): Promise<TFeedbackProject> {
  const { client, projectId, keys } = await createProjectWithKeys(label);
  return { owner: client, projectId, keys };
}

/** A browser-like client: its own address, so rate limits of other tests never count. */
async function browserClient(): Promise<APIRequestContext> {
  return newApiClient();
}

function publicKeyAuth(keys: TKeyPair) {
  return { authorization: `Bearer ${keys.publicKey}` };
}

async function sendFeedback(
  client: APIRequestContext,
  options: { authorization: string; data: unknown; headers?: Record<string, string> },
) {
  return client.post("/api/public/feedback", {
    data: options.data,
    headers: { authorization: options.authorization, ...options.headers },
  });
}

async function patchSettings(project: TFeedbackProject, patch: Record<string, unknown>) {
  const response = await project.owner.patch(`/api/projects/${project.projectId}/feedback-settings`, { data: patch });
  expect(response.status(), await response.text()).toBe(200);
  return ZFeedbackSettingsResponse.parse(await response.json()).settings;
}

async function mintToken(project: TFeedbackProject, data: Record<string, unknown>): Promise<string> {
  const response = await project.owner.post("/api/public/feedback-tokens", { data, headers: bearerAuth(project.keys) });
  expect(response.status(), await response.text()).toBe(201);
  const { token, expiresAt } = ZFeedbackToken.parse(await response.json());
  expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
  return token;
}

async function problemOf(response: { json: () => Promise<unknown> }) {
  return ZProblem.parse(await response.json()).error;
}

test.describe("[FEEDBACK]: browser feedback with the public key", () => {
  test("creates FEEDBACK scores only, and a retry with the same id stores nothing twice", async () => {
    const project = await feedbackProject("fb-create");
    const browser = await browserClient();
    const traceId = hexId(16);
    const id = uniqueLabel("fb");
    const feedback = {
      id,
      traceId,
      name: "thumbs",
      value: 1,
      comment: "Spot on",
      authorId: "end-user-7",
      correction: { answer: "Paris" },
    };

    const created = await sendFeedback(browser, { authorization: `Bearer ${project.keys.publicKey}`, data: feedback });
    expect(created.status(), await created.text()).toBe(201);
    const score = ZScore.parse(await created.json());
    expect(score).toMatchObject({
      id,
      traceId,
      source: "FEEDBACK",
      authorId: "end-user-7",
      authorUserId: null,
      value: 1,
    });
    expect(score.correction).toEqual({ answer: "Paris" });

    const retry = await sendFeedback(browser, { authorization: `Bearer ${project.keys.publicKey}`, data: feedback });
    expect(retry.status()).toBe(200);
    expect(ZScore.parse(await retry.json()).id).toBe(id);

    // A browser cannot choose the source, nor write as a signed-in person.
    for (const extra of [{ source: "API" }, { source: "ANNOTATION" }, { authorUserId: "someone" }]) {
      const refused = await sendFeedback(browser, {
        authorization: `Bearer ${project.keys.publicKey}`,
        data: { ...feedback, id: undefined, ...extra },
      });
      expect(refused.status()).toBe(400);
      expect((await problemOf(refused)).code).toBe("invalid_request");
    }

    const listed = await project.owner.get("/api/public/scores", {
      params: { traceId },
      headers: bearerAuth(project.keys),
    });
    expect(listed.status()).toBe(200);
    const page = ZScoreListPage.parse(await listed.json());
    expect(page.data.map((item) => [item.id, item.source])).toEqual([[id, "FEEDBACK"]]);
  });

  test("an id already used by an API score is refused without showing that score", async () => {
    const project = await feedbackProject("fb-id-clash");
    const id = uniqueLabel("api-score");
    const traceId = hexId(16);
    const apiScore = await project.owner.post("/api/public/scores", {
      data: { id, traceId, name: "judge", value: 0.4, comment: "internal note" },
      headers: bearerAuth(project.keys),
    });
    expect(apiScore.status(), await apiScore.text()).toBe(201);
    const clash = await sendFeedback(await browserClient(), {
      authorization: `Bearer ${project.keys.publicKey}`,
      data: { id, traceId, name: "thumbs", value: 1 },
    });
    expect(clash.status()).toBe(409);
    expect(await clash.text()).not.toContain("internal note");
  });

  test("the public key opens no other route, public or internal, OTLP included", async () => {
    const project = await feedbackProject("fb-key-walk");
    const client = await browserClient();
    // Sign-in itself (better-auth's route) takes no key, so it is not in this list.
    // An invitation link's token is its own credential, so those routes take no key either.
    const OPEN_ROUTES = new Set([
      "/api/public/feedback",
      "/api/public/openapi.json",
      "/api/health",
      "/api/invitations/xtoken",
      "/api/invitations/xtoken/accept",
    ]);
    const routes = allApiRoutes().filter(([, routePath]) => !OPEN_ROUTES.has(routePath));
    expect(routes.length).toBeGreaterThan(25);
    const headerVariants = [
      publicKeyAuth(project.keys),
      {
        authorization: `Basic ${Buffer.from(`${project.keys.publicKey}:${project.keys.publicKey}`).toString("base64")}`,
      },
    ];
    for (const [method, routePath] of routes) {
      for (const headers of headerVariants) {
        const response = await client.fetch(routePath, {
          method,
          headers,
          data: method === "GET" || method === "DELETE" ? undefined : {},
        });
        expect([401, 403], `${method} ${routePath} with ${headers.authorization.split(" ")[0]}`).toContain(
          response.status(),
        );
      }
    }
    // OTLP on the app port and on its own port.
    for (const url of [`${E2E_BASE_URL}/api/public/otel/v1/traces`, `${OTLP_HTTP_URL}/v1/traces`]) {
      const otlp = await client.post(url, {
        headers: { ...publicKeyAuth(project.keys), "content-type": "application/json" },
        data: { resourceSpans: [] },
      });
      expect(otlp.status(), url).toBe(401);
    }
  });

  test("a secret key is refused by the feedback route, and unknown or revoked public keys are 401", async () => {
    const project = await feedbackProject("fb-wrong-keys");
    const browser = await browserClient();
    const data = { traceId: hexId(16), name: "thumbs", value: 1 };
    const withSecret = await sendFeedback(browser, { authorization: `Bearer ${project.keys.secretKey}`, data });
    expect(withSecret.status()).toBe(401);
    expect((await problemOf(withSecret)).message).toMatch(/never a secret key/);
    expect((await sendFeedback(browser, { authorization: "Bearer pk-sl-not-a-key", data })).status()).toBe(401);
    expect((await browser.post("/api/public/feedback", { data })).status()).toBe(401);
  });

  test("limits every field: comment 10 KB, correction 100 KB, metadata 10 KB, body 128 KB", async () => {
    const project = await feedbackProject("fb-limits");
    const browser = await browserClient();
    const authorization = `Bearer ${project.keys.publicKey}`;
    const base = { traceId: hexId(16), name: "thumbs", value: 0 };

    const atLimit = await sendFeedback(browser, { authorization, data: { ...base, comment: "é".repeat(5 * 1024) } });
    expect(atLimit.status(), await atLimit.text()).toBe(201);

    for (const [field, value] of [
      ["comment", "x".repeat(10 * 1024 + 1)],
      ["correction", "y".repeat(100 * 1024 + 1)],
      ["metadata", { note: "z".repeat(10 * 1024) }],
    ] as const) {
      const response = await sendFeedback(browser, { authorization, data: { ...base, [field]: value } });
      expect(response.status(), field).toBe(400);
      expect((await problemOf(response)).issues?.map((issue) => issue.path)).toEqual([field]);
    }
    const huge = await sendFeedback(browser, {
      authorization,
      data: { ...base, correction: { text: "w".repeat(200 * 1024) } },
    });
    expect(huge.status()).toBe(413);
    expect((await problemOf(huge)).code).toBe("payload_too_large");
    const longName = await sendFeedback(browser, { authorization, data: { ...base, name: "n".repeat(201) } });
    expect(longName.status()).toBe(400);

    // Nothing refused was stored.
    const listed = ZScoreListPage.parse(
      await (
        await project.owner.get("/api/public/scores", {
          params: { traceId: base.traceId },
          headers: bearerAuth(project.keys),
        })
      ).json(),
    );
    expect(listed.data).toHaveLength(1);
  });

  test("a value outside the score config of that name is a 400 naming value", async () => {
    const project = await feedbackProject("fb-config");
    const config = await project.owner.post("/api/public/score-configs", {
      data: { name: "rating", dataType: "NUMERIC", minValue: 1, maxValue: 5 },
      headers: bearerAuth(project.keys),
    });
    expect(config.status(), await config.text()).toBe(201);
    const browser = await browserClient();
    const authorization = `Bearer ${project.keys.publicKey}`;
    const outside = await sendFeedback(browser, {
      authorization,
      data: { traceId: hexId(16), name: "rating", value: 9 },
    });
    expect(outside.status()).toBe(400);
    expect(JSON.stringify(await outside.json())).toContain("value");
    const inside = await sendFeedback(browser, {
      authorization,
      data: { traceId: hexId(16), name: "rating", value: 4 },
    });
    expect(inside.status()).toBe(201);
  });
});

test.describe("[FEEDBACK]: signed feedback tokens", () => {
  test("a token scores only its target and stops at expiry", async () => {
    const project = await feedbackProject("fb-token");
    const browser = await browserClient();
    const traceId = hexId(16);
    const spanId = hexId(8);

    const traceToken = await mintToken(project, { traceId });
    const onTrace = await sendFeedback(browser, {
      authorization: `Bearer ${traceToken}`,
      data: { traceId, name: "thumbs", value: true },
    });
    expect(onTrace.status(), await onTrace.text()).toBe(201);
    expect(ZScore.parse(await onTrace.json())).toMatchObject({ source: "FEEDBACK", dataType: "BOOLEAN", value: true });

    for (const data of [
      { traceId: hexId(16), name: "thumbs", value: 1 },
      { traceId, spanId, name: "thumbs", value: 1 },
      { sessionId: "any-session", name: "thumbs", value: 1 },
    ]) {
      const refused = await sendFeedback(browser, { authorization: `Bearer ${traceToken}`, data });
      expect(refused.status(), JSON.stringify(data)).toBe(403);
      expect((await problemOf(refused)).message).toContain(traceId);
    }

    const spanToken = await mintToken(project, { traceId, spanId });
    expect(
      (
        await sendFeedback(browser, {
          authorization: `Bearer ${spanToken}`,
          data: { traceId, spanId, name: "thumbs", value: 0 },
        })
      ).status(),
    ).toBe(201);
    expect(
      (
        await sendFeedback(browser, {
          authorization: `Bearer ${spanToken}`,
          data: { traceId, name: "thumbs", value: 0 },
        })
      ).status(),
    ).toBe(403);

    const tampered = `${traceToken.slice(0, -4)}${traceToken.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(
      (
        await sendFeedback(browser, {
          authorization: `Bearer ${tampered}`,
          data: { traceId, name: "thumbs", value: 1 },
        })
      ).status(),
    ).toBe(401);

    const shortLived = await mintToken(project, { traceId, expiresInSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const expired = await sendFeedback(browser, {
      authorization: `Bearer ${shortLived}`,
      data: { traceId, name: "thumbs", value: 1 },
    });
    expect(expired.status()).toBe(401);
    expect((await problemOf(expired)).message).toMatch(/expired/);
  });

  test("only the secret key mints tokens, and bad requests name the field", async () => {
    const project = await feedbackProject("fb-mint");
    const client = await browserClient();
    expect(
      (
        await client.post("/api/public/feedback-tokens", {
          data: { traceId: hexId(16) },
          headers: publicKeyAuth(project.keys),
        })
      ).status(),
    ).toBe(401);
    const bad = await client.post("/api/public/feedback-tokens", {
      data: { traceId: hexId(16), expiresInSeconds: 365 * 24 * 3600 },
      headers: bearerAuth(project.keys),
    });
    expect(bad.status()).toBe(400);
    expect((await problemOf(bad)).issues?.map((issue) => issue.path)).toEqual(["expiresInSeconds"]);
  });

  test("with public-key feedback turned off, only tokens work", async () => {
    const project = await feedbackProject("fb-key-off");
    const browser = await browserClient();
    const traceId = hexId(16);
    expect(await patchSettings(project, { isPublicKeyFeedbackEnabled: false })).toMatchObject({
      isPublicKeyFeedbackEnabled: false,
    });
    const withKey = await sendFeedback(browser, {
      authorization: `Bearer ${project.keys.publicKey}`,
      data: { traceId, name: "thumbs", value: 1 },
    });
    expect(withKey.status()).toBe(403);
    expect((await problemOf(withKey)).message).toMatch(/only with a signed feedback token/);
    const token = await mintToken(project, { traceId });
    expect(
      (
        await sendFeedback(browser, { authorization: `Bearer ${token}`, data: { traceId, name: "thumbs", value: 1 } })
      ).status(),
    ).toBe(201);
  });
});

test.describe("[FEEDBACK]: CORS and rate limits", () => {
  test("a preflight is answered; an origin the project does not list is refused without CORS headers", async () => {
    const project = await feedbackProject("fb-cors");
    const browser = await browserClient();
    const preflight = await browser.fetch("/api/public/feedback", {
      method: "OPTIONS",
      headers: {
        origin: "https://shop.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("https://shop.example");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("POST");
    expect(preflight.headers()["access-control-allow-headers"]).toBe("Authorization, Content-Type");
    expect(preflight.headers()["vary"]).toContain("Origin");

    const data = { traceId: hexId(16), name: "thumbs", value: 1 };
    const authorization = `Bearer ${project.keys.publicKey}`;
    // Any origin by default.
    const open = await sendFeedback(browser, { authorization, data, headers: { origin: "https://anywhere.example" } });
    expect(open.status()).toBe(201);
    expect(open.headers()["access-control-allow-origin"]).toBe("https://anywhere.example");

    expect(await patchSettings(project, { allowedOrigins: ["https://shop.example"] })).toMatchObject({
      allowedOrigins: ["https://shop.example"],
    });
    const refused = await sendFeedback(browser, { authorization, data, headers: { origin: "https://evil.example" } });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["access-control-allow-origin"]).toBeUndefined();
    const allowed = await sendFeedback(browser, { authorization, data, headers: { origin: "https://shop.example" } });
    expect(allowed.status()).toBe(201);
    expect(allowed.headers()["access-control-allow-origin"]).toBe("https://shop.example");
    expect(allowed.headers()["vary"]).toContain("Origin");
    // Errors carry CORS headers too, so a page can read why it was refused.
    const invalid = await sendFeedback(browser, {
      authorization,
      data: { name: "thumbs" },
      headers: { origin: "https://shop.example" },
    });
    expect(invalid.status()).toBe(400);
    expect(invalid.headers()["access-control-allow-origin"]).toBe("https://shop.example");

    const listed = ZScoreListPage.parse(
      await (
        await project.owner.get("/api/public/scores", {
          params: { traceId: data.traceId },
          headers: bearerAuth(project.keys),
        })
      ).json(),
    );
    expect(listed.data).toHaveLength(2);
  });

  test("over the project's rate from one address is 429 with Retry-After; another address goes on", async ({
    playwright,
  }) => {
    const project = await feedbackProject("fb-rate");
    expect(await patchSettings(project, { ratePerMinute: 3 })).toMatchObject({ ratePerMinute: 3 });
    const authorization = `Bearer ${project.keys.publicKey}`;
    const data = () => ({ traceId: hexId(16), name: "thumbs", value: 1 });
    const busy = await playwright.request.newContext({
      baseURL: E2E_BASE_URL,
      extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
    });
    for (let index = 0; index < 3; index += 1) {
      expect((await sendFeedback(busy, { authorization, data: data() })).status()).toBe(201);
    }
    const limited = await sendFeedback(busy, {
      authorization,
      data: data(),
      headers: { origin: "https://shop.example" },
    });
    expect(limited.status()).toBe(429);
    const retryAfter = Number(limited.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers()["access-control-allow-origin"]).toBe("https://shop.example");
    expect((await problemOf(limited)).message).toMatch(/this address/);

    const other = await browserClient();
    expect((await sendFeedback(other, { authorization, data: data() })).status()).toBe(201);
  });
});

test.describe("[FEEDBACK]: project feedback settings", () => {
  test("owners and admins change them; members and viewers are refused; origins are validated", async () => {
    const project = await feedbackProject("fb-settings");
    const memberAccount = uniqueAccount("fb-member");
    const viewerAccount = uniqueAccount("fb-viewer");
    const member = await signUpApiClient(memberAccount);
    const viewer = await signUpApiClient(viewerAccount);
    await addMember(project.owner, { projectId: project.projectId, account: memberAccount, role: "MEMBER" });
    await addMember(project.owner, { projectId: project.projectId, account: viewerAccount, role: "VIEWER" });

    const initial = await project.owner.get(`/api/projects/${project.projectId}/feedback-settings`);
    expect(ZFeedbackSettingsResponse.parse(await initial.json()).settings).toEqual({
      allowedOrigins: [],
      isPublicKeyFeedbackEnabled: true,
      ratePerMinute: 60,
    });
    for (const client of [member, viewer]) {
      expect((await client.get(`/api/projects/${project.projectId}/feedback-settings`)).status()).toBe(403);
      expect(
        (
          await client.patch(`/api/projects/${project.projectId}/feedback-settings`, { data: { ratePerMinute: 1 } })
        ).status(),
      ).toBe(403);
    }
    const badOrigin = await project.owner.patch(`/api/projects/${project.projectId}/feedback-settings`, {
      data: { allowedOrigins: ["https://ok.example", "https://bad.example/path"] },
    });
    expect(badOrigin.status()).toBe(400);
    expect((await problemOf(badOrigin)).issues?.map((issue) => issue.path)).toEqual(["allowedOrigins.1"]);
    expect(await patchSettings(project, { allowedOrigins: ["https://ok.example/"], ratePerMinute: 120 })).toEqual({
      allowedOrigins: ["https://ok.example"],
      isPublicKeyFeedbackEnabled: true,
      ratePerMinute: 120,
    });
  });
});
