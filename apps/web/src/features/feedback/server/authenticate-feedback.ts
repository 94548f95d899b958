import "server-only";
import { ForbiddenError, UnauthorizedError } from "@spanlight/core";
import type { TFeedbackSettings } from "@spanlight/core";
import { authenticatePublicKey, findFeedbackSettings } from "@spanlight/db";
import { verifyFeedbackToken } from "./feedback-token";
import type { TFeedbackTokenScope } from "./feedback-token";

/** Generated keys start `pk-sl-`; SPANLIGHT_INIT_PUBLIC_KEY only has to start `pk-`. */
const PUBLIC_KEY_PREFIX = "pk-";

/** Who is sending browser feedback: a project's public key, or a token scoped to one target. */
export type TFeedbackPrincipal = {
  projectId: string;
  settings: TFeedbackSettings;
  /** What the per-key rate limit counts against: the public key, or the token's target. */
  rateKey: string;
  scope: TFeedbackTokenScope | null;
};

/**
 * Reads `Authorization: Bearer pk-…` (public key) or `Bearer <feedback token>`. A secret key is
 * refused here: it must never be shipped to a browser, and it has the scores API.
 */
export async function authenticateFeedback(header: string | null): Promise<TFeedbackPrincipal> {
  const [scheme, credential = ""] = (header ?? "").trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() !== "bearer" || !credential) {
    throw new UnauthorizedError("Send Authorization: Bearer <public key> or Bearer <feedback token>");
  }
  if (credential.startsWith(PUBLIC_KEY_PREFIX)) return fromPublicKey(credential);
  if (credential.split(".").length === 3) return fromToken(credential);
  throw new UnauthorizedError(
    "Browser feedback takes the project's public key (pk-…) or a feedback token, never a secret key",
  );
}

async function fromPublicKey(publicKey: string): Promise<TFeedbackPrincipal> {
  const key = await authenticatePublicKey(publicKey);
  if (!key) throw new UnauthorizedError("Invalid public key");
  const settings = await requireSettings(key.projectId);
  if (!settings.isPublicKeyFeedbackEnabled) {
    throw new ForbiddenError("This project accepts feedback only with a signed feedback token");
  }
  return { projectId: key.projectId, settings, rateKey: `key:${key.apiKeyId}`, scope: null };
}

async function fromToken(token: string): Promise<TFeedbackPrincipal> {
  const scope = await verifyFeedbackToken(token);
  const settings = await requireSettings(scope.projectId);
  return {
    projectId: scope.projectId,
    settings,
    rateKey: `token:${scope.projectId}:${scope.traceId}:${scope.spanId ?? ""}`,
    scope,
  };
}

async function requireSettings(projectId: string): Promise<TFeedbackSettings> {
  const settings = await findFeedbackSettings(projectId);
  // The project was deleted after the key or token was issued.
  if (!settings) throw new UnauthorizedError("Invalid credentials");
  return settings;
}
