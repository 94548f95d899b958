import "server-only";
import { getServerConfig } from "@spanlight/core/server";
import { getDb } from "@spanlight/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
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
    emailAndPassword: { enabled: true, autoSignIn: true, minPasswordLength: 8, maxPasswordLength: 128 },
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
