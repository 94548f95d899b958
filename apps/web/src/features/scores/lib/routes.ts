export function scoresApiPath(projectId: string, query?: URLSearchParams): string {
  const search = query && query.size > 0 ? `?${query.toString()}` : "";
  return `/api/projects/${encodeURIComponent(projectId)}/scores${search}`;
}

export function scoreApiPath(projectId: string, scoreId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}/scores/${encodeURIComponent(scoreId)}`;
}

export function scoreConfigsApiPath(projectId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}/score-configs`;
}

export function scoreConfigApiPath(projectId: string, configId: string): string {
  return `${scoreConfigsApiPath(projectId)}/${encodeURIComponent(configId)}`;
}
