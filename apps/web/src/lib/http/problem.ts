import { AppError, RetryLaterError } from "@spanlight/core";
import { ZodError } from "zod";

export type TProblem = {
  error: { code: string; message: string; requestId: string; issues?: { path: string; message: string }[] };
};

/** The one place that turns an error into an HTTP answer; unknown errors say nothing of internals. */
export function problemResponse(error: unknown, requestId: string): Response {
  const headers = new Headers({ "x-request-id": requestId, "cache-control": "no-store" });
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const message = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
    return Response.json(problem({ code: "invalid_request", message, requestId, issues }), { status: 400, headers });
  }
  if (error instanceof AppError) {
    if (error instanceof RetryLaterError) headers.set("retry-after", String(error.retryAfterSeconds));
    return Response.json(problem({ code: error.code, message: error.message, requestId }), {
      status: error.status,
      headers,
    });
  }
  console.error(`[${requestId}] unhandled error`, error);
  return Response.json(problem({ code: "internal_error", message: "Internal server error", requestId }), {
    status: 500,
    headers,
  });
}

function problem(body: TProblem["error"]): TProblem {
  return { error: body };
}
