"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { ZProjectResponse } from "../contracts";
import type { TCreateProject } from "../contracts";

async function createProject(input: TCreateProject) {
  const { project } = await apiFetch("/api/projects", { method: "POST", body: input, schema: ZProjectResponse });
  return project;
}

export function useCreateProject() {
  return useAction(createProject);
}
