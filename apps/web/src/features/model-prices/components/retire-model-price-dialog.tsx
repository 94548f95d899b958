"use client";

import type { TModelPriceContract } from "@spanlight/core";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useRetireModelPrice } from "../hooks/use-model-price-actions";

export function RetireModelPriceDialog({ projectId, price }: { projectId: string; price: TModelPriceContract }) {
  const { run, isPending, error, reset } = useRetireModelPrice();

  return (
    <ConfirmDialog
      triggerLabel="Retire"
      triggerAriaLabel={`Retire ${price.modelName}`}
      title="Retire this price?"
      description="From now on, spans that start fall to the next matching price (an older period, the built-in table, or none). Spans already costed keep their cost until you reprice them."
      confirmLabel="Retire price"
      isPending={isPending}
      error={error}
      onConfirm={async () => (await run({ projectId, priceId: price.id })).isOk}
      onClose={reset}
    >
      <div className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2.5 text-13 font-medium text-zinc-900">
        {price.modelName}
      </div>
    </ConfirmDialog>
  );
}
