"use client";

import type { TModelPriceContract, TModelPriceInputContract } from "@spanlight/core";
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
} from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { toLocalInputValue } from "@/features/trace-list";
import { parseForm } from "@/lib/forms";
import type { TFieldErrors } from "@/lib/forms";
import { ZModelPriceForm } from "../contracts";
import { useCreateModelPrice, useUpdateModelPrice } from "../hooks/use-model-price-actions";
import { PatternTester } from "./pattern-tester";

/** What the dialog is for: a new price (blank, or a built-in row's values to override), or an edit. */
export type TPriceEditor =
  | { mode: "create" }
  | { mode: "override"; draft: TModelPriceInputContract }
  | { mode: "edit"; price: TModelPriceContract };

type TModelPriceDialogProps = {
  projectId: string;
  editor: TPriceEditor | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
};

/** One controlled dialog for add, override and edit; the table rows and the header only say which. */
export function ModelPriceDialog({ projectId, editor, isOpen, onOpenChange }: TModelPriceDialogProps) {
  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-lg">
        {editor ? <ModelPriceForm projectId={projectId} editor={editor} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

type TDialogCopy = { title: string; description: string; submit: string };

function copyFor(editor: TPriceEditor): TDialogCopy {
  switch (editor.mode) {
    case "create":
      return {
        title: "Add a model price",
        description: "Tried before the built-in prices for every new span whose model the pattern matches.",
        submit: "Add price",
      };
    case "override":
      return {
        title: `Override ${editor.draft.modelName}`,
        description: "Starts from the built-in price. Change it to what your contract, or your own hosting, costs.",
        submit: "Add price",
      };
    case "edit":
      return {
        title: `Edit ${editor.price.modelName}`,
        description: "New spans use the change within 10 seconds; spans already stored keep their cost until repriced.",
        submit: "Save changes",
      };
    default: {
      const exhaustive: never = editor;
      return exhaustive;
    }
  }
}

function ModelPriceForm({
  projectId,
  editor,
  onDone,
}: {
  projectId: string;
  editor: TPriceEditor;
  onDone: () => void;
}) {
  const initial = initialValues(editor);
  const create = useCreateModelPrice();
  const update = useUpdateModelPrice();
  const { isPending, error } = editor.mode === "edit" ? update : create;
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [pattern, setPattern] = useState(initial?.matchPattern ?? "");
  const copy = copyFor(editor);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseForm(ZModelPriceForm, event.currentTarget);
    setErrors(parsed.errors ?? {});
    if (!parsed.data) return;
    // The input holds minutes only: an untouched date must not move the period by its seconds.
    const shownFrom = toLocalInputValue(initial?.effectiveFrom);
    const typedFrom = String(new FormData(event.currentTarget).get("effectiveFrom") ?? "");
    const price = { ...parsed.data, effectiveFrom: typedFrom === shownFrom ? undefined : parsed.data.effectiveFrom };
    const outcome =
      editor.mode === "edit"
        ? await update.run({ projectId, priceId: editor.price.id, price })
        : await create.run({ projectId, price });
    if (outcome.isOk) onDone();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <DialogHeader>
        <DialogTitle>{copy.title}</DialogTitle>
        <DialogDescription>{copy.description}</DialogDescription>
      </DialogHeader>
      <DialogBody>
        <TextField
          name="modelName"
          label="Model name"
          defaultValue={initial?.modelName}
          placeholder="e.g. llama3"
          autoComplete="off"
          autoFocus={editor.mode === "create"}
          maxLength={200}
          error={errors.modelName}
          hint="Your label for this price; a name can have several prices, each from its own date."
        />
        <TextField
          name="effectiveFrom"
          label="In effect from"
          type="datetime-local"
          defaultValue={toLocalInputValue(initial?.effectiveFrom)}
          error={errors.effectiveFrom}
          hint="Spans that start from then on use this price. Blank: from now. Past spans change only when repriced."
        />
        <div className="flex flex-col gap-2">
          <TextField
            name="matchPattern"
            label="Match pattern"
            value={pattern}
            onChange={(event) => setPattern(event.target.value)}
            placeholder="e.g. llama3.*"
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            className="[&_input]:font-mono [&_input]:text-12"
            error={errors.matchPattern}
            hint="A regular expression for the whole model id as spans report it, ignoring case."
          />
          <PatternTester pattern={pattern} initialModel={initial?.modelName ?? ""} />
        </div>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-3 text-13 font-medium text-zinc-800">
            Prices <span className="font-normal text-zinc-500">· USD per 1M tokens</span>
          </legend>
          <div className="grid grid-cols-2 gap-3">
            <PriceField name="inputPerMTok" label="Input" initial={initial} errors={errors} />
            <PriceField name="outputPerMTok" label="Output" initial={initial} errors={errors} />
          </div>
          <div className="grid grid-cols-3 gap-3">
            <PriceField
              name="cacheReadPerMTok"
              label="Cache read"
              placeholder="as input"
              initial={initial}
              errors={errors}
            />
            <PriceField
              name="cacheWritePerMTok"
              label="Cache write"
              placeholder="as input"
              initial={initial}
              errors={errors}
            />
            <PriceField
              name="reasoningPerMTok"
              label="Reasoning"
              placeholder="as output"
              initial={initial}
              errors={errors}
            />
          </div>
          <p className="text-12 text-zinc-500">
            Optional rates left blank bill cache tokens at the input rate and reasoning tokens at the output rate.
          </p>
        </fieldset>
        {error ? <Alert>{error}</Alert> : null}
      </DialogBody>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="ghost">Cancel</Button>
        </DialogClose>
        <SubmitButton isLoading={isPending}>{copy.submit}</SubmitButton>
      </DialogFooter>
    </form>
  );
}

function initialValues(editor: TPriceEditor): TModelPriceInputContract | null {
  if (editor.mode === "edit") return editor.price;
  if (editor.mode === "override") return editor.draft;
  return null;
}

type TPriceFieldProps = {
  name: keyof Pick<
    TModelPriceInputContract,
    "inputPerMTok" | "outputPerMTok" | "cacheReadPerMTok" | "cacheWritePerMTok" | "reasoningPerMTok"
  >;
  label: string;
  placeholder?: string;
  initial: TModelPriceInputContract | null;
  errors: TFieldErrors;
};

function PriceField({ name, label, placeholder = "0.00", initial, errors }: TPriceFieldProps) {
  const value = initial?.[name];
  return (
    <TextField
      name={name}
      label={label}
      defaultValue={value === null || value === undefined ? "" : String(value)}
      placeholder={placeholder}
      inputMode="decimal"
      autoComplete="off"
      className="[&_input]:font-mono [&_input]:text-12 [&_input]:tabular-nums"
      error={errors[name]}
    />
  );
}
