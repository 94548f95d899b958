import "server-only";
import { getServerConfig } from "@spanlight/core/server";
import { getDb } from "@spanlight/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { isSignupOpen, SIGNUP_CLOSED_MESSAGE } from "@/features/auth/server/is-signup-open";
import { requestOrigin } from "./request-origin";

/** The header the Spanlight server sets from the socket (or a trusted proxy); clients cannot forge it. */
export const CLIENT_IP_HEADER = "x-spanlight-client-ip";

function createAuth() {
  const config = getServerConfig();
  return betterAuth({
    appName: "Spanlight",
    baseURL: config.publicUrl,
    // SPANLIGHT_PUBLIC_URL, and the address this request was sent to (see request-origin.ts).
    trustedOrigins: (request) => {
      const origin = requestOrigin(request, { trustProxy: config.trustProxy });
      return origin ? [origin] : [];
    },
    secret: config.authSecret,
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    // autoSignIn off makes better-auth answer a sign-up for a taken email exactly like a new one
    // (200, no session), so sign-up cannot tell who has an account; the form signs in next.
    emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      additionalFields: { mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false } },
    },
    hooks: {
      before: createAuthMiddleware(async (context) => {
        if (context.path !== "/sign-up/email") return;
        // The same answer whatever the email: a closed sign-up says nothing about who has an account.
        if (!(await isSignupOpen())) throw new APIError("FORBIDDEN", { message: SIGNUP_CLOSED_MESSAGE });
      }),
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: config.signInAttemptsPerMinute },
        "/sign-up/email": { window: 60, max: 10 },
      },
    },
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type TAuth = ReturnType<typeof createAuth>;
const GLOBAL_KEY = Symbol.for("spanlight.auth");
const globalAuth = globalThis as unknown as { [GLOBAL_KEY]?: TAuth };

/** better-auth, configured once per process from the server configuration. */
export function getAuth(): TAuth {
  globalAuth[GLOBAL_KEY] ??= createAuth();
  return globalAuth[GLOBAL_KEY];
}
