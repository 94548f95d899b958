// Paths of the session pages and of the internal API the session and user lists page through.

const segment = encodeURIComponent;

export function sessionsPagePath(projectId: string, query = ""): string {
  return `/project/${segment(projectId)}/sessions${query ? `?${query}` : ""}`;
}

export function tracePagePath(projectId: string, traceId: string): string {
  return `/project/${segment(projectId)}/traces/${segment(traceId)}`;
}

export function sessionsApiPath(projectId: string, query: string): string {
  return `/api/projects/${segment(projectId)}/sessions?${query}`;
}

export function traceTreeApiPath(projectId: string, traceId: string): string {
  return `/api/projects/${segment(projectId)}/traces/${segment(traceId)}/tree`;
}
