"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { InlineCode } from "@/components/ui/inline-code";
import type { TApiKey } from "../contracts";
import { useRevokeApiKey } from "../hooks/use-revoke-api-key";

export function RevokeApiKeyDialog({ projectId, apiKey }: { projectId: string; apiKey: TApiKey }) {
  const { run, isPending, error, reset } = useRevokeApiKey();

  return (
    <ConfirmDialog
      triggerLabel="Revoke"
      triggerAriaLabel={`Revoke ${apiKey.publicKey}`}
      title="Revoke this API key?"
      description="Exporters using it are refused within seconds. This cannot be undone."
      confirmLabel="Revoke key"
      isPending={isPending}
      error={error}
      onConfirm={async () => (await run({ projectId, apiKeyId: apiKey.id })).isOk}
      onClose={reset}
    >
      <div className="flex flex-col gap-1 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2.5 text-13">
        <InlineCode className="self-start border-0 bg-transparent p-0">{apiKey.publicKey}</InlineCode>
        {apiKey.note ? <span className="text-zinc-500">{apiKey.note}</span> : null}
      </div>
    </ConfirmDialog>
  );
}
