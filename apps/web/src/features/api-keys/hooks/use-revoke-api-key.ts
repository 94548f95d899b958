"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";

async function revokeApiKey(input: { projectId: string; apiKeyId: string }) {
  const path = `/api/projects/${encodeURIComponent(input.projectId)}/api-keys/${encodeURIComponent(input.apiKeyId)}`;
  await apiFetch(path, { method: "DELETE" });
}

export function useRevokeApiKey() {
  return useAction(revokeApiKey);
}
