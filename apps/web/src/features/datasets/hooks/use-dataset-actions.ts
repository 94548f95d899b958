"use client";

import { ZDataset, ZDatasetFromTracesResult, ZDatasetItemDetail } from "@spanlight/core";
import type { TCreateDataset, TCreateDatasetItem, TDatasetFromTraces } from "@spanlight/core";
import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { datasetApiPath } from "../lib/dataset-paths";

async function createDataset(input: { projectId: string; dataset: TCreateDataset }) {
  return apiFetch(datasetApiPath(input.projectId), { method: "POST", body: input.dataset, schema: ZDataset });
}

async function saveItem(input: { projectId: string; name: string; item: TCreateDatasetItem }) {
  return apiFetch(datasetApiPath(input.projectId, input.name, "items"), {
    method: "POST",
    body: input.item,
    schema: ZDatasetItemDetail,
  });
}

async function archiveItem(input: { projectId: string; name: string; itemId: string }) {
  return apiFetch(datasetApiPath(input.projectId, input.name, "items", input.itemId), { method: "DELETE" });
}

/** The body's `expectedOutputFrom` may be left out: the server's default applies. */
export type TFromTracesBody = Omit<TDatasetFromTraces, "expectedOutputFrom"> &
  Partial<Pick<TDatasetFromTraces, "expectedOutputFrom">>;

async function addFromTraces(input: { projectId: string; name: string; body: TFromTracesBody }) {
  return apiFetch(datasetApiPath(input.projectId, input.name, "items", "from-traces"), {
    method: "POST",
    body: input.body,
    schema: ZDatasetFromTracesResult,
  });
}

export function useCreateDataset() {
  return useAction(createDataset);
}

export function useSaveDatasetItem() {
  return useAction(saveItem);
}

export function useArchiveDatasetItem() {
  return useAction(archiveItem);
}

export function useAddItemsFromTraces() {
  return useAction(addFromTraces);
}
