import "server-only";
import { hkdfSync } from "node:crypto";
import { UnauthorizedError } from "@spanlight/core";
import { getServerConfig } from "@spanlight/core/server";
import { errors, jwtVerify, SignJWT } from "jose";

/** What a feedback token lets its holder score: one trace, or one span of it. */
export type TFeedbackTokenScope = { projectId: string; traceId: string; spanId: string | null };

const AUDIENCE = "spanlight:feedback";
const ALGORITHM = "HS256";

let cachedKey: { secret: string; key: Uint8Array } | null = null;

/**
 * The signing key is derived from the server's auth secret (HKDF, its own label), so tokens and
 * session cookies never share a key, and rotating the auth secret retires every token.
 */
function signingKey(): Uint8Array {
  const secret = getServerConfig().authSecret;
  if (!secret) throw new Error("SPANLIGHT_AUTH_SECRET is not set: feedback tokens cannot be signed");
  if (cachedKey?.secret !== secret) {
    const derived = hkdfSync("sha256", secret, "spanlight", "feedback-token-v1", 32);
    cachedKey = { secret, key: new Uint8Array(derived) };
  }
  return cachedKey.key;
}

export async function signFeedbackToken(options: { scope: TFeedbackTokenScope; expiresAt: Date }): Promise<string> {
  const { scope } = options;
  return new SignJWT({ tid: scope.traceId, ...(scope.spanId === null ? {} : { sid: scope.spanId }) })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(scope.projectId)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt)
    .sign(signingKey());
}

/** The token's scope; a bad signature, another audience or an expired token is a 401 saying which. */
export async function verifyFeedbackToken(token: string): Promise<TFeedbackTokenScope> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), { algorithms: [ALGORITHM], audience: AUDIENCE });
    if (typeof payload.sub !== "string" || typeof payload.tid !== "string") {
      throw new UnauthorizedError("Invalid feedback token");
    }
    return {
      projectId: payload.sub,
      traceId: payload.tid,
      spanId: typeof payload.sid === "string" ? payload.sid : null,
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new UnauthorizedError("The feedback token has expired");
    if (error instanceof errors.JOSEError) throw new UnauthorizedError("Invalid feedback token");
    throw error;
  }
}
