"use client";

import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { ZCreatedApiKeyResponse } from "../contracts";
import type { TCreateApiKey } from "../contracts";

async function createApiKey(input: TCreateApiKey & { projectId: string }) {
  const { apiKey } = await apiFetch(`/api/projects/${encodeURIComponent(input.projectId)}/api-keys`, {
    method: "POST",
    body: { note: input.note },
    schema: ZCreatedApiKeyResponse,
  });
  return apiKey;
}

export function useCreateApiKey() {
  return useAction(createApiKey);
}
