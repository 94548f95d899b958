"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import type { TRenameProject } from "../contracts";

async function renameProject(input: TRenameProject & { projectId: string }) {
  await apiFetch(`/api/projects/${encodeURIComponent(input.projectId)}`, {
    method: "PATCH",
    body: { name: input.name },
  });
}

export function useRenameProject() {
  return useAction(renameProject);
}
