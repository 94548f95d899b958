// Seeding for the end-to-end suite: people, sessions and projects made through the public API, so
// specs click only through the flow they test.
import { randomBytes, randomInt } from "node:crypto";
import { expect, request as playwrightRequest } from "@playwright/test";
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import { E2E_BASE_URL } from "./e2e-env";

export type TAccount = { name: string; email: string; password: string };

/**
 * An address of its own for each flow: the server rate-limits sign-in (5 a minute in e2e) and
 * sign-up per client IP, and trusts X-Forwarded-For in the suite, so flows never share a bucket.
 */
export function uniqueClientIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export function uniqueAccount(label: string): TAccount {
  const id = `${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
  return {
    name: `E2E ${label}`,
    email: `${label}-${id}@spanlight.test`,
    password: `pw-${randomBytes(8).toString("hex")}`,
  };
}

/** better-auth checks Origin on cookie-carrying POSTs, as a browser would send it. */
const ORIGIN_HEADERS = { origin: E2E_BASE_URL };

/**
 * An API client with its own cookie jar and client IP, signed up as a new person and signed in (sign-up
 * itself opens no session: it answers alike for new and taken emails, so it cannot sign anyone in).
 */
export async function signUpApiClient(account: TAccount): Promise<APIRequestContext> {
  const client = await newApiClient();
  const response = await client.post("/api/auth/sign-up/email", { data: account, headers: ORIGIN_HEADERS });
  expect(response.status(), await response.text()).toBe(200);
  await signInWith(client, account);
  return client;
}

async function signInWith(client: APIRequestContext, account: Pick<TAccount, "email" | "password">): Promise<void> {
  const response = await client.post("/api/auth/sign-in/email", {
    data: { email: account.email, password: account.password },
    headers: ORIGIN_HEADERS,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** An API client with its own cookie jar and client IP, signed in as an existing person. */
export async function signInApiClient(account: Pick<TAccount, "email" | "password">): Promise<APIRequestContext> {
  const client = await newApiClient();
  const response = await client.post("/api/auth/sign-in/email", {
    data: { email: account.email, password: account.password },
    headers: ORIGIN_HEADERS,
  });
  expect(response.status(), await response.text()).toBe(200);
  return client;
}

export async function newApiClient(): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() },
  });
}

/**
 * Gives a browser context its own client IP and signs it in through the API (the cookie lands in
 * the context's jar), for specs whose subject is not the sign-in form.
 */
export async function signInBrowser(
  context: BrowserContext,
  account: Pick<TAccount, "email" | "password">,
): Promise<void> {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
  const response = await context.request.post("/api/auth/sign-in/email", {
    data: { email: account.email, password: account.password },
    headers: ORIGIN_HEADERS,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs up a new person in the browser context through the API, then signs them in. */
export async function signUpBrowser(context: BrowserContext, account: TAccount): Promise<void> {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
  const response = await context.request.post("/api/auth/sign-up/email", { data: account, headers: ORIGIN_HEADERS });
  expect(response.status(), await response.text()).toBe(200);
  await signInWith(context.request, account);
}

export async function createProject(client: APIRequestContext, name: string): Promise<{ id: string; name: string }> {
  const response = await client.post("/api/projects", { data: { name }, headers: ORIGIN_HEADERS });
  expect(response.status(), await response.text()).toBe(201);
  const { project } = (await response.json()) as { project: { id: string; name: string } };
  return project;
}

/** Invites an existing account (through `client`, a manager of the project) and accepts as that account. */
export async function addMember(
  client: APIRequestContext,
  options: {
    projectId: string;
    account: Pick<TAccount, "email" | "password">;
    role: "OWNER" | "ADMIN" | "MEMBER" | "VIEWER";
  },
): Promise<void> {
  const inviteUrl = await invite(client, {
    projectId: options.projectId,
    email: options.account.email,
    role: options.role,
  });
  const invitee = await signInApiClient(options.account);
  const token = inviteUrl.split("/invite/")[1] ?? "";
  const accepted = await invitee.post(`/api/invitations/${token}/accept`, { data: {}, headers: ORIGIN_HEADERS });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await invitee.dispose();
}

/** Creates an invitation and returns its link. */
export async function invite(
  client: APIRequestContext,
  options: { projectId: string; email: string; role: "OWNER" | "ADMIN" | "MEMBER" | "VIEWER" },
): Promise<string> {
  const response = await client.post(`/api/projects/${options.projectId}/members`, {
    data: { email: options.email, role: options.role },
    headers: ORIGIN_HEADERS,
  });
  expect(response.status(), await response.text()).toBe(201);
  const { inviteUrl } = (await response.json()) as { inviteUrl: string };
  return inviteUrl;
}
