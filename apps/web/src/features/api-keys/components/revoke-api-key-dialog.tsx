"use client";

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
import type { TApiKey } from "../contracts";
import { useRevokeApiKey } from "../hooks/use-revoke-api-key";

export function RevokeApiKeyDialog({ projectId, apiKey }: { projectId: string; apiKey: TApiKey }) {
  const [isOpen, setIsOpen] = useState(false);
  const { run, isPending, error, reset } = useRevokeApiKey();

  async function onRevoke() {
    const outcome = await run({ projectId, apiKeyId: apiKey.id });
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
        <Button variant="destructive-ghost" size="sm" aria-label={`Revoke ${apiKey.publicKey}`}>
          Revoke
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Revoke this API key?</DialogTitle>
          <DialogDescription>Exporters using it are refused within seconds. This cannot be undone.</DialogDescription>
        </DialogHeader>
        <DialogBody>
          <div className="flex flex-col gap-1 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2.5 text-13">
            <InlineCode className="self-start border-0 bg-transparent p-0">{apiKey.publicKey}</InlineCode>
            {apiKey.note ? <span className="text-zinc-500">{apiKey.note}</span> : null}
          </div>
          {error ? <Alert>{error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" isLoading={isPending} onClick={() => void onRevoke()}>
            Revoke key
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
