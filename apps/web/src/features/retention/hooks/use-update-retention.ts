"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { ZRetentionResponse } from "../contracts";
import type { TUpdateRetention } from "../contracts";

async function updateRetention(input: TUpdateRetention & { projectId: string }) {
  const path = `/api/projects/${encodeURIComponent(input.projectId)}/retention`;
  return apiFetch(path, { method: "PUT", body: { days: input.days }, schema: ZRetentionResponse });
}

export function useUpdateRetention() {
  return useAction(updateRetention);
}
