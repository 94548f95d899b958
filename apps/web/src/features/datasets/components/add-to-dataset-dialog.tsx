"use client";

import type { TDatasetItemSource } from "@spanlight/core";
import { DatabaseZap } from "lucide-react";
import Link from "next/link";
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
import { errorMessage } from "@/lib/api-client/api-fetch";
import { useSaveDatasetItem } from "../hooks/use-dataset-actions";
import { useDatasetOptions } from "../hooks/use-dataset-options";
import { datasetPagePath } from "../lib/dataset-paths";
import { toEditableJson } from "../lib/json-text";
import { DatasetSelect } from "./dataset-select";
import { JsonFields, readJsonFields } from "./json-fields";
import type { TJsonFieldTexts } from "./json-fields";

type TAddToDatasetDialogProps = {
  projectId: string;
  traceId: string;
  spanId: string;
  /** Read when the dialog opens (a trace's root span may still have to be fetched). */
  loadSource: () => Promise<TDatasetItemSource>;
  /** "this trace", "this span". */
  targetLabel: string;
};

/** Adds one trace or span as an item: input = its input, expected = the correction, else its output; both editable. */
export function AddToDatasetDialog({ projectId, traceId, spanId, loadSource, targetLabel }: TAddToDatasetDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const options = useDatasetOptions(projectId);
  const [fields, setFields] = useState<TJsonFieldTexts | null>(null);
  const [hasCorrection, setHasCorrection] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveDatasetItem();

  async function onOpenChange(open: boolean) {
    setIsOpen(open);
    setSaved(null);
    setFieldError(null);
    save.reset();
    if (!open) return;
    setFields(null);
    void options.load();
    try {
      const source = await loadSource();
      const correction = source.correction ?? null;
      setHasCorrection(correction !== null);
      setFields({
        input: toEditableJson(source.input),
        expectedOutput: toEditableJson(correction ?? source.output),
        metadata: toEditableJson(null),
      });
    } catch (caught) {
      setFieldError(errorMessage(caught));
    }
  }

  async function onAdd() {
    if (!fields) return;
    const parsed = readJsonFields(fields);
    setFieldError(parsed.isOk ? null : parsed.message);
    if (!parsed.isOk) return;
    const outcome = await save.run({
      projectId,
      name: options.name,
      item: { ...parsed.value, sourceTraceId: traceId, sourceSpanId: spanId },
    });
    if (outcome.isOk) setSaved(outcome.result.id);
  }

  return (
    <Dialog open={isOpen} onOpenChange={(open) => void onOpenChange(open)}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <DatabaseZap aria-hidden />
          Add to dataset
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Add {targetLabel} to a dataset</DialogTitle>
          <DialogDescription>
            The expected output starts as {hasCorrection ? "the correction written for it" : "its actual output"}; edit
            both before saving.
          </DialogDescription>
        </DialogHeader>
        <DialogBody>
          {options.error ? <Alert>{options.error}</Alert> : null}
          <DatasetSelect
            projectId={projectId}
            datasets={options.datasets}
            value={options.name}
            onChange={options.setName}
          />
          {fields ? (
            <JsonFields fields={fields} onChange={setFields} />
          ) : (
            <p className="text-13 text-zinc-500">Loading…</p>
          )}
          {saved ? (
            <p role="status" className="text-13 text-emerald-700">
              Added as item <span className="font-mono">{saved}</span> to{" "}
              <Link href={datasetPagePath(projectId, options.name)} className="underline">
                {options.name}
              </Link>
              .
            </p>
          ) : null}
          {fieldError ? <Alert>{fieldError}</Alert> : null}
          {save.error ? <Alert>{save.error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">{saved ? "Close" : "Cancel"}</Button>
          </DialogClose>
          <Button
            onClick={() => void onAdd()}
            isLoading={save.isPending}
            disabled={!options.name || !fields || !!saved}
          >
            Add item
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
