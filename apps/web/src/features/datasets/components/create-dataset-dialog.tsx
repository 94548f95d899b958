"use client";

import type { TCreateDataset } from "@spanlight/core";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormEvent } from "react";
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
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { useCreateDataset } from "../hooks/use-dataset-actions";
import { datasetPagePath } from "../lib/dataset-paths";
import { parseJsonSchemaField } from "../lib/json-text";

/** Name, description, and the optional JSON Schemas the items' input and expected output must satisfy. */
export function CreateDatasetDialog({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { run, isPending, error, reset } = useCreateDataset();

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    setFieldError(null);
    reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const inputSchema = parseJsonSchemaField(String(form.get("inputSchema") ?? ""), "Input schema");
    const expectedOutputSchema = parseJsonSchemaField(
      String(form.get("expectedOutputSchema") ?? ""),
      "Expected output schema",
    );
    const schemaError = [inputSchema, expectedOutputSchema].find((parsed) => !parsed.isOk);
    setFieldError(schemaError && !schemaError.isOk ? schemaError.message : null);
    if (!inputSchema.isOk || !expectedOutputSchema.isOk) return;
    const description = String(form.get("description") ?? "").trim();
    const dataset: TCreateDataset = {
      name: String(form.get("name") ?? ""),
      ...(description ? { description } : {}),
      ...(inputSchema.value ? { inputSchema: inputSchema.value } : {}),
      ...(expectedOutputSchema.value ? { expectedOutputSchema: expectedOutputSchema.value } : {}),
    };
    const outcome = await run({ projectId, dataset });
    if (!outcome.isOk) return;
    onOpenChange(false);
    router.push(datasetPagePath(projectId, outcome.result.name));
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New dataset
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <form onSubmit={onSubmit} noValidate aria-label="New dataset">
          <DialogHeader>
            <DialogTitle>New dataset</DialogTitle>
            <DialogDescription>Inputs and expected outputs to test your pipeline against.</DialogDescription>
          </DialogHeader>
          <DialogBody>
            <TextField name="name" label="Name" placeholder="support-golden-set" autoFocus required />
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="dataset-description">Description</Label>
              <Textarea id="dataset-description" name="description" rows={2} placeholder="What the items are for" />
            </div>
            <SchemaField name="inputSchema" label="Input JSON Schema (optional)" />
            <SchemaField name="expectedOutputSchema" label="Expected output JSON Schema (optional)" />
            {fieldError ? <Alert>{fieldError}</Alert> : null}
            {error ? <Alert>{error}</Alert> : null}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton isLoading={isPending}>Create dataset</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function SchemaField({ name, label }: { name: string; label: string }) {
  const id = `dataset-${name}`;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        name={name}
        rows={3}
        spellCheck={false}
        className="font-mono text-12"
        placeholder='{"type": "object", "required": ["question"]}'
      />
    </div>
  );
}
