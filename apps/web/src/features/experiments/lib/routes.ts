// The experiments pages' paths, in one place.

export function datasetPagePath(projectId: string, datasetName: string): string {
  return `/project/${encodeURIComponent(projectId)}/datasets/${encodeURIComponent(datasetName)}`;
}

export function runsPagePath(projectId: string, datasetName: string): string {
  return `${datasetPagePath(projectId, datasetName)}/runs`;
}

export function compareRunsPagePath(projectId: string, datasetName: string, runNames: readonly string[]): string {
  return `${runsPagePath(projectId, datasetName)}/compare?runs=${runNames.map(encodeURIComponent).join(",")}`;
}
