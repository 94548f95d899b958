// The paths the trace list calls and links to, in one place.

const segment = encodeURIComponent;

export function traceListApiPath(projectId: string, params: URLSearchParams): string {
  const query = params.toString();
  return `/api/projects/${segment(projectId)}/traces${query ? `?${query}` : ""}`;
}

/** The traces export: GET with the list's API params (the whole filter), POST with selected ids. */
export function traceExportApiPath(projectId: string, params: URLSearchParams, format: "json" | "csv"): string {
  const query = new URLSearchParams(params);
  query.delete("cursor");
  query.delete("limit");
  query.set("format", format);
  return `/api/projects/${segment(projectId)}/traces/export?${query.toString()}`;
}

/** The filter suggestions over the list's window (`from`/`to` only). */
export function traceFacetsApiPath(projectId: string, window: { from?: string; to?: string }): string {
  const params = new URLSearchParams();
  if (window.from) params.set("from", window.from);
  if (window.to) params.set("to", window.to);
  const query = params.toString();
  return `/api/projects/${segment(projectId)}/traces/facets${query ? `?${query}` : ""}`;
}

export function savedViewsApiPath(projectId: string): string {
  return `/api/projects/${segment(projectId)}/saved-views`;
}

export function savedViewApiPath(projectId: string, savedViewId: string): string {
  return `${savedViewsApiPath(projectId)}/${segment(savedViewId)}`;
}

export function tracePagePath(projectId: string, traceId: string): string {
  return `/project/${segment(projectId)}/traces/${segment(traceId)}`;
}
