import "server-only";
import type { TFeedbackSettings } from "@spanlight/core";
import { ForbiddenError } from "@spanlight/core";

type THandler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

const ALLOWED_METHODS = "POST, OPTIONS";
const ALLOWED_HEADERS = "Authorization, Content-Type";
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Whether the request's origin was refused, decided by the feedback service once it knows the
 * project (the origins allowed are per project, and only the Authorization header names it).
 */
const refusedOrigins = new WeakSet<Request>();

/**
 * Refuses a browser origin the project does not list (an empty list allows any). Requests without
 * an Origin header (servers, curl) are not browsers and are not subject to CORS.
 */
export function checkFeedbackOrigin(request: Request, settings: TFeedbackSettings): void {
  const origin = request.headers.get("origin");
  if (origin === null || settings.allowedOrigins.length === 0 || settings.allowedOrigins.includes(origin)) return;
  refusedOrigins.add(request);
  throw new ForbiddenError(`Origin ${origin} may not send feedback to this project`);
}

/**
 * A preflight carries no Authorization header, so it cannot know the project: it allows the asking
 * origin, and the request itself is refused (403, without CORS headers) when the project does not.
 */
export function answerFeedbackPreflight(request: Request): Response {
  const headers = new Headers({ vary: "Origin" });
  const origin = request.headers.get("origin");
  if (origin !== null) {
    headers.set("access-control-allow-origin", origin);
    headers.set("access-control-allow-methods", ALLOWED_METHODS);
    headers.set("access-control-allow-headers", ALLOWED_HEADERS);
    headers.set("access-control-max-age", String(PREFLIGHT_MAX_AGE_SECONDS));
  }
  return new Response(null, { status: 204, headers });
}

/**
 * Adds CORS headers to every answer of a feedback route, errors included (a browser app must be
 * able to read a 429 or a 400), except to an origin the project refused.
 */
export function withFeedbackCors(handler: THandler): THandler {
  return async (request, context) => {
    const response = await handler(request, context);
    response.headers.append("vary", "Origin");
    const origin = request.headers.get("origin");
    if (origin === null || refusedOrigins.has(request)) return response;
    response.headers.set("access-control-allow-origin", origin);
    // Browsers hide response headers from scripts unless exposed; these two matter to a client.
    response.headers.set("access-control-expose-headers", "Retry-After, X-Request-Id");
    return response;
  };
}
