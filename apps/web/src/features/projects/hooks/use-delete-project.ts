"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import type { TDeleteProject } from "../contracts";

async function deleteProject(input: TDeleteProject & { projectId: string }) {
  await apiFetch(`/api/projects/${encodeURIComponent(input.projectId)}`, {
    method: "DELETE",
    body: { confirmName: input.confirmName },
  });
}

export function useDeleteProject() {
  return useAction(deleteProject);
}
