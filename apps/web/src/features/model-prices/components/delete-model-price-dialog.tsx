"use client";

import type { TModelPriceContract } from "@spanlight/core";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { InlineCode } from "@/components/ui/inline-code";
import { useDeleteModelPrice } from "../hooks/use-model-price-actions";

export function DeleteModelPriceDialog({ projectId, price }: { projectId: string; price: TModelPriceContract }) {
  const { run, isPending, error, reset } = useDeleteModelPrice();

  return (
    <ConfirmDialog
      triggerLabel="Delete"
      triggerAriaLabel={`Delete ${price.modelName}`}
      title="Delete this price?"
      description="Within 10 seconds, new spans it matched fall back to the built-in prices, or get no cost. Spans already stored keep theirs."
      confirmLabel="Delete price"
      isPending={isPending}
      error={error}
      onConfirm={async () => (await run({ projectId, priceId: price.id })).isOk}
      onClose={reset}
    >
      <div className="flex flex-col gap-1 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2.5 text-13">
        <span className="font-medium text-zinc-900">{price.modelName}</span>
        <InlineCode className="self-start border-0 bg-transparent p-0 text-zinc-500">{price.matchPattern}</InlineCode>
      </div>
    </ConfirmDialog>
  );
}
