"use client";

import { Plus, ShieldExclamationPoint } from "lucide-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { CodeBlock, CopyField } from "@/components/ui/code-block";
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
import { TextField } from "@/components/ui/text-field";
import { otlpEnvForKey } from "@/features/onboarding";
import { parseForm } from "@/lib/forms";
import { ZCreateApiKey } from "../contracts";
import type { TCreatedApiKey } from "../contracts";
import { useCreateApiKey } from "../hooks/use-create-api-key";

type TCreateApiKeyDialogProps = { projectId: string; otlpEndpoint: string };

/** Creates a key pair, then shows its secret this one time with the exporter variables to paste. */
export function CreateApiKeyDialog({ projectId, otlpEndpoint }: TCreateApiKeyDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<TCreatedApiKey | null>(null);
  const { run, isPending, error, reset } = useCreateApiKey();
  const [noteError, setNoteError] = useState<string | undefined>();

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    // The secret leaves memory with the dialog: closing is the point of no return.
    setCreated(null);
    setNoteError(undefined);
    reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZCreateApiKey, event.currentTarget);
    setNoteError(parsed.errors?.note);
    if (!parsed.data) return;
    const outcome = await run({ projectId, note: parsed.data.note ?? undefined });
    if (outcome.isOk) setCreated(outcome.result);
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          Create key
        </Button>
      </DialogTrigger>
      <DialogContent
        className={created ? "max-w-xl" : undefined}
        // Once the secret is on screen, a stray click outside must not throw it away.
        onInteractOutside={(event) => created && event.preventDefault()}
      >
        {created ? (
          <CreatedKey apiKey={created} otlpEndpoint={otlpEndpoint} />
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <DialogHeader>
              <DialogTitle>Create API key</DialogTitle>
              <DialogDescription>
                A new public and secret key pair for sending traces to this project.
              </DialogDescription>
            </DialogHeader>
            <DialogBody>
              <TextField
                name="note"
                label="Note"
                placeholder="e.g. Production backend"
                autoComplete="off"
                autoFocus
                maxLength={120}
                error={noteError}
                hint="Optional. Helps you tell keys apart later."
              />
              {error ? <Alert>{error}</Alert> : null}
            </DialogBody>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="ghost">Cancel</Button>
              </DialogClose>
              <SubmitButton isLoading={isPending}>Create key</SubmitButton>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

function CreatedKey({ apiKey, otlpEndpoint }: { apiKey: TCreatedApiKey; otlpEndpoint: string }) {
  return (
    <>
      <DialogHeader>
        <DialogTitle>Save your secret key</DialogTitle>
        <DialogDescription>Your new key pair is ready{apiKey.note ? ` (${apiKey.note})` : ""}.</DialogDescription>
      </DialogHeader>
      <DialogBody>
        <div className="flex items-start gap-2.5 rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-13 text-amber-800">
          <ShieldExclamationPoint className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p>
            This is the only time the secret key is shown. Copy it somewhere safe now; if you lose it, create a new key
            and revoke this one.
          </p>
        </div>
        <div className="flex flex-col gap-1.5">
          <span className="text-13 font-medium text-zinc-800">Public key</span>
          <CopyField value={apiKey.publicKey} label="public key" />
        </div>
        <div className="flex flex-col gap-1.5">
          <span className="text-13 font-medium text-zinc-800">Secret key</span>
          <CopyField value={apiKey.secretKey} label="secret key" />
        </div>
        <div className="flex flex-col gap-1.5">
          <span className="text-13 font-medium text-zinc-800">OpenTelemetry exporter variables</span>
          <CodeBlock title=".env" code={otlpEnvForKey({ endpoint: otlpEndpoint, ...apiKey })} />
        </div>
      </DialogBody>
      <DialogFooter>
        <DialogClose asChild>
          <Button>Done</Button>
        </DialogClose>
      </DialogFooter>
    </>
  );
}
