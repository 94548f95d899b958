"use client";

import { ZSavedViewResponse } from "@spanlight/core";
import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { savedViewApiPath, savedViewsApiPath } from "../lib/routes";

async function createSavedView(input: { projectId: string; name: string; query: string }) {
  const { savedView } = await apiFetch(savedViewsApiPath(input.projectId), {
    method: "POST",
    body: { name: input.name, query: input.query },
    schema: ZSavedViewResponse,
  });
  return savedView;
}

async function deleteSavedView(input: { projectId: string; savedViewId: string }) {
  await apiFetch(savedViewApiPath(input.projectId, input.savedViewId), { method: "DELETE" });
}

/** Saves the current view under a name; the page then reloads its list of views from the server. */
export function useCreateSavedView() {
  return useAction(createSavedView);
}

export function useDeleteSavedView() {
  return useAction(deleteSavedView);
}
