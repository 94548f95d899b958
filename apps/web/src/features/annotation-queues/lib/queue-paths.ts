/** Internal API and page paths of annotation queues, encoded once. */
export function queueApiPath(projectId: string, ...parts: string[]): string {
  return [`/api/projects/${encodeURIComponent(projectId)}/annotation-queues`, ...parts.map(encodeURIComponent)].join(
    "/",
  );
}

export function queuePagePath(projectId: string, ...parts: string[]): string {
  return [`/project/${encodeURIComponent(projectId)}/annotation-queues`, ...parts.map(encodeURIComponent)].join("/");
}
