import "server-only";
import type { TCreateFeedbackTokenParsed, TFeedbackToken } from "@spanlight/core";
import { signFeedbackToken } from "./feedback-token";

/**
 * A token a server hands to one page so its browser can score one trace (or span) without the
 * project's public key. The trace need not be ingested yet: feedback may arrive before it.
 */
export async function createFeedbackToken(options: {
  projectId: string;
  input: TCreateFeedbackTokenParsed;
}): Promise<TFeedbackToken> {
  const { input } = options;
  // Whole seconds: a JWT's exp is in seconds, and expiresAt must say exactly when it stops working.
  const expiresAt = new Date((Math.floor(Date.now() / 1000) + input.expiresInSeconds) * 1000);
  const token = await signFeedbackToken({
    scope: { projectId: options.projectId, traceId: input.traceId, spanId: input.spanId ?? null },
    expiresAt,
  });
  return { token, expiresAt: expiresAt.toISOString() };
}
