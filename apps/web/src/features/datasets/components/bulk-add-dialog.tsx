"use client";

import { ZDatasetFromTracesPreview } from "@spanlight/core";
import type { TDatasetFromTracesPreview, TDatasetMapping, TExpectedOutputFrom } from "@spanlight/core";
import { DatabaseZap } from "lucide-react";
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
import { TextField } from "@/components/ui/text-field";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { useAddItemsFromTraces } from "../hooks/use-dataset-actions";
import type { TFromTracesBody } from "../hooks/use-dataset-actions";
import { useDatasetOptions } from "../hooks/use-dataset-options";
import { datasetApiPath } from "../lib/dataset-paths";
import { DatasetSelect } from "./dataset-select";
import { FromTracesPreview } from "./from-traces-preview";
import { MappingEditor } from "./mapping-editor";

export type TTraceTarget = { traceIds: string[] } | { filter: Record<string, string> };

type TBulkAddDialogProps = {
  projectId: string;
  /**
   * What to add; a function is read when the person previews or confirms (a list filter is taken at
   * that moment). A server component passes the value itself.
   */
  target: TTraceTarget | (() => TTraceTarget);
  /** "the traces matching this filter", "the 3 selected traces". */
  targetLabel: string;
  triggerVariant?: "secondary" | "ghost";
};

const EXPECTED_FROM: Array<{ id: TExpectedOutputFrom; label: string }> = [
  { id: "correction-else-output", label: "The correction, else the actual output" },
  { id: "output", label: "The actual output" },
  { id: "correction", label: "The correction only" },
];

/** Many traces into a dataset at once, with a field mapping and a preview; a source span already there is skipped. */
export function BulkAddToDatasetDialog({
  projectId,
  target,
  targetLabel,
  triggerVariant = "secondary",
}: TBulkAddDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const options = useDatasetOptions(projectId);
  const [spanName, setSpanName] = useState("");
  const [expectedOutputFrom, setExpectedOutputFrom] = useState<TExpectedOutputFrom>("correction-else-output");
  const [mapping, setMapping] = useState<TDatasetMapping>([]);
  const [preview, setPreview] = useState<TDatasetFromTracesPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const add = useAddItemsFromTraces();

  function body(): TFromTracesBody {
    const rows = mapping.filter((row) => row.from.trim() && row.to.trim());
    return {
      ...(typeof target === "function" ? target() : target),
      expectedOutputFrom,
      ...(spanName.trim() ? { spanName: spanName.trim() } : {}),
      ...(rows.length > 0 ? { mapping: rows } : {}),
    };
  }

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    setSummary(null);
    setPreview(null);
    setPreviewError(null);
    add.reset();
    if (open) void options.load();
  }

  async function onPreview() {
    setIsPreviewing(true);
    setPreviewError(null);
    try {
      const path = datasetApiPath(projectId, options.name, "items", "from-traces", "preview");
      setPreview(await apiFetch(path, { method: "POST", body: body(), schema: ZDatasetFromTracesPreview }));
    } catch (caught) {
      setPreviewError(errorMessage(caught));
    } finally {
      setIsPreviewing(false);
    }
  }

  async function onAdd() {
    const outcome = await add.run({ projectId, name: options.name, body: body() });
    if (!outcome.isOk) return;
    const { added, skipped, version } = outcome.result;
    setSummary(`Added ${added}, skipped ${skipped}; the dataset is at version v${version}.`);
  }

  const canAct = Boolean(options.name) && !summary;
  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={triggerVariant}>
          <DatabaseZap aria-hidden />
          Add to dataset
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-3xl">
        <DialogHeader>
          <DialogTitle>Add to a dataset</DialogTitle>
          <DialogDescription>
            Adds {targetLabel} as items. A source span the dataset already holds is skipped.
          </DialogDescription>
        </DialogHeader>
        <DialogBody>
          {options.error ? <Alert>{options.error}</Alert> : null}
          <div className="grid grid-cols-2 gap-3">
            <DatasetSelect
              projectId={projectId}
              datasets={options.datasets}
              value={options.name}
              onChange={options.setName}
            />
            <TextField
              name="spanName"
              label="Span name (optional)"
              placeholder="the root span"
              value={spanName}
              onChange={(event) => setSpanName(event.target.value)}
            />
          </div>
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 text-13 font-medium text-zinc-900">Expected output</legend>
            {EXPECTED_FROM.map((option) => (
              <label key={option.id} className="flex items-center gap-2 text-13 text-zinc-800">
                <input
                  type="radio"
                  name="expected-output-from"
                  className="accent-brand"
                  checked={expectedOutputFrom === option.id}
                  onChange={() => setExpectedOutputFrom(option.id)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <MappingEditor mapping={mapping} onChange={setMapping} />
          {preview ? <FromTracesPreview preview={preview} /> : null}
          {previewError ? <Alert>{previewError}</Alert> : null}
          {summary ? (
            <p role="status" className="text-13 text-emerald-700">
              {summary}
            </p>
          ) : null}
          {add.error ? <Alert>{add.error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">{summary ? "Close" : "Cancel"}</Button>
          </DialogClose>
          <Button variant="secondary" onClick={() => void onPreview()} isLoading={isPreviewing} disabled={!canAct}>
            Preview
          </Button>
          <Button onClick={() => void onAdd()} isLoading={add.isPending} disabled={!canAct}>
            Add items
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
