"use client";

import type { TModelPriceContract } from "@spanlight/core";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogBody,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { InlineCode } from "@/components/ui/inline-code";
import { useDeleteModelPrice } from "../hooks/use-model-price-actions";

export function DeleteModelPriceDialog({ projectId, price }: { projectId: string; price: TModelPriceContract }) {
  const [isOpen, setIsOpen] = useState(false);
  const { run, isPending, error, reset } = useDeleteModelPrice();

  async function onDelete() {
    const outcome = await run({ projectId, priceId: price.id });
    if (outcome.isOk) setIsOpen(false);
  }

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="destructive-ghost" size="sm" aria-label={`Delete ${price.modelName}`}>
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete this price?</DialogTitle>
          <DialogDescription>
            Within 10 seconds, new spans it matched fall back to the built-in prices, or get no cost. Spans already
            stored keep theirs.
          </DialogDescription>
        </DialogHeader>
        <DialogBody>
          <div className="flex flex-col gap-1 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2.5 text-13">
            <span className="font-medium text-zinc-900">{price.modelName}</span>
            <InlineCode className="self-start border-0 bg-transparent p-0 text-zinc-500">
              {price.matchPattern}
            </InlineCode>
          </div>
          {error ? <Alert>{error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" isLoading={isPending} onClick={() => void onDelete()}>
            Delete price
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
