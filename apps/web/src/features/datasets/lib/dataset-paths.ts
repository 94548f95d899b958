/** Internal API and page paths of datasets, encoded once. */
export function datasetApiPath(projectId: string, ...parts: string[]): string {
  return [`/api/projects/${encodeURIComponent(projectId)}/datasets`, ...parts.map(encodeURIComponent)].join("/");
}

export function datasetPagePath(projectId: string, ...parts: string[]): string {
  return [`/project/${encodeURIComponent(projectId)}/datasets`, ...parts.map(encodeURIComponent)].join("/");
}

/** `?a=1&b=2` from the defined entries only ("" when none). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
