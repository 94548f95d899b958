"use client";

import { ZModelPrice, ZRepriceJob, ZRepriceStarted } from "@spanlight/core";
import type { TModelPriceInputContract, TRepriceRequest } from "@spanlight/core";
import { useAction } from "@/hooks/use-action";
import { apiFetch } from "@/lib/api-client/api-fetch";

function pricePath(projectId: string, priceId?: string): string {
  const base = `/api/projects/${encodeURIComponent(projectId)}/model-prices`;
  return priceId ? `${base}/${encodeURIComponent(priceId)}` : base;
}

async function createModelPrice(input: { projectId: string; price: TModelPriceInputContract }) {
  return apiFetch(pricePath(input.projectId), { method: "POST", body: input.price, schema: ZModelPrice });
}

async function updateModelPrice(input: { projectId: string; priceId: string; price: TModelPriceInputContract }) {
  return apiFetch(pricePath(input.projectId, input.priceId), {
    method: "PUT",
    body: input.price,
    schema: ZModelPrice,
  });
}

async function deleteModelPrice(input: { projectId: string; priceId: string }) {
  await apiFetch(pricePath(input.projectId, input.priceId), { method: "DELETE" });
}

export function useCreateModelPrice() {
  return useAction(createModelPrice);
}

export function useUpdateModelPrice() {
  return useAction(updateModelPrice);
}

export function useDeleteModelPrice() {
  return useAction(deleteModelPrice);
}

async function retireModelPrice(input: { projectId: string; priceId: string }) {
  return apiFetch(`${pricePath(input.projectId, input.priceId)}/retire`, {
    method: "POST",
    body: {},
    schema: ZModelPrice,
  });
}

async function startReprice(input: { projectId: string; request: TRepriceRequest }) {
  return apiFetch(`${pricePath(input.projectId)}/reprice`, {
    method: "POST",
    body: input.request,
    schema: ZRepriceStarted,
  });
}

async function cancelReprice(input: { projectId: string; jobId: string }) {
  return apiFetch(`${pricePath(input.projectId)}/reprice/${encodeURIComponent(input.jobId)}`, {
    method: "DELETE",
    schema: ZRepriceJob,
  });
}

export function useRetireModelPrice() {
  return useAction(retireModelPrice);
}

export function useStartReprice() {
  return useAction(startReprice);
}

export function useCancelReprice() {
  return useAction(cancelReprice);
}
