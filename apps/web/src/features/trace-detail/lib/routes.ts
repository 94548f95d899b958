// The read API's paths for one trace, in one place.

type TTraceRef = { projectId: string; traceId: string };

export function spanPayloadPath({ projectId, traceId, spanId }: TTraceRef & { spanId: string }): string {
  return `/api/projects/${encodeURIComponent(projectId)}/traces/${encodeURIComponent(traceId)}/spans/${encodeURIComponent(spanId)}`;
}

/** The span as a dataset item would start from it (input, output, the winning correction). */
export function spanDatasetSourcePath(ref: TTraceRef & { spanId: string }): string {
  return `${spanPayloadPath(ref)}/dataset-source`;
}

export function traceExportPath({ projectId, traceId, format }: TTraceRef & { format: "json" | "otlp" }): string {
  return `/api/projects/${encodeURIComponent(projectId)}/traces/${encodeURIComponent(traceId)}/export?format=${format}`;
}

export function sessionPagePath(projectId: string, sessionId: string): string {
  return `/project/${encodeURIComponent(projectId)}/sessions/${encodeURIComponent(sessionId)}`;
}

export function userPagePath(projectId: string, userId: string): string {
  return `/project/${encodeURIComponent(projectId)}/users/${encodeURIComponent(userId)}`;
}

export function tracesPagePath(projectId: string): string {
  return `/project/${encodeURIComponent(projectId)}/traces`;
}
