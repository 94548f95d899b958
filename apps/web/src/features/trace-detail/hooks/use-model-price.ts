"use client";

import { ZBuiltinModelPrice, ZModelPrice } from "@spanlight/core";
import { useEffect, useState } from "react";
import { z } from "zod";
import { apiFetch } from "@/lib/api-client/api-fetch";

const ZPriceList = z.object({ prices: z.array(ZModelPrice), builtin: z.array(ZBuiltinModelPrice) });

/** The price a span was costed with, as people read it. */
export type TPriceUsed = {
  modelName: string;
  source: "project" | "builtin";
  inputPerMTok: number;
  outputPerMTok: number;
  asOf: string | null;
};

// One list per project and page: every priced span on the page resolves against it.
const lists = new Map<string, Promise<Map<string, TPriceUsed>>>();

/** Resolves a span's `priceId` (`builtin:…` or `project:…`) to the model price it names. */
export function useModelPrice(projectId: string, priceId: string | null): TPriceUsed | null {
  const [resolved, setResolved] = useState<{ priceId: string; price: TPriceUsed | null } | null>(null);

  useEffect(() => {
    if (priceId === null) return;
    let isCancelled = false;
    loadPrices(projectId)
      .then((prices) => !isCancelled && setResolved({ priceId, price: prices.get(priceId) ?? null }))
      .catch(() => !isCancelled && setResolved({ priceId, price: null }));
    return () => {
      isCancelled = true;
    };
  }, [projectId, priceId]);

  return resolved?.priceId === priceId ? resolved.price : null;
}

function loadPrices(projectId: string): Promise<Map<string, TPriceUsed>> {
  const existing = lists.get(projectId);
  if (existing) return existing;
  const loading = apiFetch(`/api/projects/${encodeURIComponent(projectId)}/model-prices`, { schema: ZPriceList }).then(
    (list) => {
      const byId = new Map<string, TPriceUsed>();
      for (const price of list.prices) {
        byId.set(`project:${price.id}`, { ...price, source: "project", asOf: price.updatedAt.slice(0, 10) });
      }
      for (const price of list.builtin) byId.set(price.id, { ...price, source: "builtin" });
      return byId;
    },
  );
  loading.catch(() => lists.delete(projectId));
  lists.set(projectId, loading);
  return loading;
}
