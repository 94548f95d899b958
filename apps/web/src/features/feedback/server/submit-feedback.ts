import "server-only";
import { ConflictError, FEEDBACK_LIMITS, ForbiddenError, ZCreateFeedback } from "@spanlight/core";
import type { TCreateFeedbackParsed, TScore } from "@spanlight/core";
import { createScore } from "@/features/scores/server/create-score";
import { CLIENT_IP_HEADER } from "@/lib/auth/auth";
import { authenticateFeedback } from "./authenticate-feedback";
import type { TFeedbackPrincipal } from "./authenticate-feedback";
import { checkFeedbackOrigin } from "./feedback-cors";
import { consumeFeedbackRate } from "./feedback-rate-limit";
import { readLimitedJson } from "./read-limited-json";

/**
 * Browser feedback: authenticate (public key or token), check the origin, count the rate, then
 * parse and store a FEEDBACK score. Credentials are checked before the body is parsed, so a caller
 * without them learns nothing about the shapes accepted.
 */
export async function submitFeedback(request: Request): Promise<Response> {
  const principal = await authenticateFeedback(request.headers.get("authorization"));
  checkFeedbackOrigin(request, principal.settings);
  await consumeFeedbackRate({
    projectId: principal.projectId,
    rateKey: principal.rateKey,
    clientIp: request.headers.get(CLIENT_IP_HEADER) ?? "unknown",
    ratePerMinute: principal.settings.ratePerMinute,
  });
  const feedback = ZCreateFeedback.parse(await readLimitedJson(request, FEEDBACK_LIMITS.bodyBytes));
  checkTokenScope(principal, feedback);
  const { score, isNew } = await createScore({
    projectId: principal.projectId,
    input: { ...feedback, source: "FEEDBACK" },
    author: {},
    source: "FEEDBACK",
  });
  if (!isNew) checkRetryIsSameFeedback(score, feedback);
  return Response.json(score, { status: isNew ? 201 : 200 });
}

/** A token names one trace, or one span: anything else is refused. */
function checkTokenScope(principal: TFeedbackPrincipal, feedback: TCreateFeedbackParsed): void {
  const { scope } = principal;
  if (scope === null) return;
  const isSameTarget =
    feedback.sessionId === undefined &&
    feedback.traceId === scope.traceId &&
    (feedback.spanId ?? null) === scope.spanId;
  if (!isSameTarget) {
    const target = scope.spanId === null ? `trace ${scope.traceId}` : `span ${scope.spanId} of trace ${scope.traceId}`;
    throw new ForbiddenError(`This feedback token may only score ${target}`);
  }
}

/**
 * A retried id answers the stored feedback; an id that belongs to another kind of score or target
 * is refused without showing it, or a browser could read API scores by guessing their ids.
 */
function checkRetryIsSameFeedback(score: TScore, feedback: TCreateFeedbackParsed): void {
  const isSame =
    score.source === "FEEDBACK" &&
    score.traceId === (feedback.traceId ?? null) &&
    score.spanId === (feedback.spanId ?? null) &&
    score.sessionId === (feedback.sessionId ?? null);
  if (!isSame) throw new ConflictError("This id is already used by another score");
}
