// Paths of the user pages and of the internal API their lists page through.

const segment = encodeURIComponent;

export function usersPagePath(projectId: string): string {
  return `/project/${segment(projectId)}/users`;
}

export function usersApiPath(projectId: string, query: string): string {
  return `/api/projects/${segment(projectId)}/users?${query}`;
}

export function userApiPath(projectId: string, userId: string, query: string): string {
  return `/api/projects/${segment(projectId)}/users/${segment(userId)}?${query}`;
}
