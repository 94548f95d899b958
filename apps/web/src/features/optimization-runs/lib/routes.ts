// The optimisation run pages' paths, in one place.

export function optimizationRunsPagePath(projectId: string): string {
  return `/project/${encodeURIComponent(projectId)}/optimization-runs`;
}

export function optimizationRunPagePath(projectId: string, runId: string): string {
  return `${optimizationRunsPagePath(projectId)}/${encodeURIComponent(runId)}`;
}
