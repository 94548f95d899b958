"use client";

import { ZFeedbackSettingsResponse } from "@spanlight/core";
import type { TUpdateFeedbackSettings } from "@spanlight/core";
import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";

async function updateFeedbackSettings(input: { projectId: string; patch: TUpdateFeedbackSettings }) {
  const { settings } = await apiFetch(`/api/projects/${encodeURIComponent(input.projectId)}/feedback-settings`, {
    method: "PATCH",
    body: input.patch,
    schema: ZFeedbackSettingsResponse,
  });
  return settings;
}

export function useUpdateFeedbackSettings() {
  return useAction(updateFeedbackSettings);
}
