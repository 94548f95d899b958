"use client";

import type { TDataset, TDatasetVersion } from "@spanlight/core";
import { Download } from "lucide-react";
import { useRef, useState } from "react";
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
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { errorMessage } from "@/lib/api-client/api-fetch";
import { datasetApiPath, queryString } from "../lib/dataset-paths";
import { saveBlob } from "@/lib/download";
import { downloadWithProgress, formatBytes } from "../lib/download-stream";
import { DATASET_FORMATS } from "../lib/dataset-formats";
import type { TDatasetFormat } from "../lib/dataset-formats";
import { VersionPicker } from "./version-picker";

type TExportDialogProps = {
  projectId: string;
  dataset: TDataset;
  versions: TDatasetVersion[];
  initialVersion: number | null;
};

type TProgress =
  { state: "idle" } | { state: "running"; bytes: number } | { state: "done"; bytes: number; fileName: string };

/** Format, version and status; the file streams in with a byte count, then saves. */
export function ExportDialog({ projectId, dataset, versions, initialVersion }: TExportDialogProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [format, setFormat] = useState<TDatasetFormat>("jsonl");
  const [version, setVersion] = useState<number | null>(initialVersion);
  const [status, setStatus] = useState<"active" | "all">("active");
  const [keys, setKeys] = useState({ inputKey: "input", outputKey: "output" });
  const [progress, setProgress] = useState<TProgress>({ state: "idle" });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    abort.current?.abort();
    setProgress({ state: "idle" });
    setError(null);
  }

  async function onExport() {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ state: "running", bytes: 0 });
    const dspyKeys = format === "dspy" ? keys : {};
    const url = `${datasetApiPath(projectId, dataset.name, "export")}${queryString({ format, version, status, ...dspyKeys })}`;
    try {
      const file = await downloadWithProgress({
        url,
        signal: controller.signal,
        onProgress: (bytes) => setProgress({ state: "running", bytes }),
      });
      saveBlob(file.blob, file.fileName);
      setProgress({ state: "done", bytes: file.blob.size, fileName: file.fileName });
    } catch (caught) {
      if (controller.signal.aborted) return;
      setProgress({ state: "idle" });
      setError(errorMessage(caught));
    }
  }

  const isRunning = progress.state === "running";
  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Download aria-hidden />
          Export
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Export {dataset.name}</DialogTitle>
          <DialogDescription>Streams every item of the version you pick; every format imports back.</DialogDescription>
        </DialogHeader>
        <DialogBody>
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1.5 text-13 font-medium text-zinc-900">Format</legend>
            <div role="radiogroup" aria-label="Format" className="grid grid-cols-2 gap-2">
              {DATASET_FORMATS.map((option) => (
                <label
                  key={option.id}
                  className="flex cursor-pointer flex-col gap-0.5 rounded-md border border-zinc-200 px-3 py-2 text-13 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
                >
                  <span className="flex items-center gap-2 font-medium text-zinc-900">
                    <input
                      type="radio"
                      name="export-format"
                      value={option.id}
                      checked={format === option.id}
                      onChange={() => setFormat(option.id)}
                      className="accent-brand"
                    />
                    {option.label}
                  </span>
                  <span className="text-12 text-zinc-500">{option.hint}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {format === "dspy" ? (
            <div className="grid grid-cols-2 gap-3">
              <TextField
                name="inputKey"
                label="Key of a text input"
                value={keys.inputKey}
                onChange={(event) => setKeys({ ...keys, inputKey: event.target.value })}
              />
              <TextField
                name="outputKey"
                label="Key of a text output"
                value={keys.outputKey}
                onChange={(event) => setKeys({ ...keys, outputKey: event.target.value })}
              />
            </div>
          ) : null}
          <div className="grid grid-cols-2 gap-3">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="export-version">Version</Label>
              <VersionPicker
                id="export-version"
                versions={versions}
                value={version}
                onChange={setVersion}
                label="Version"
                hasInlineLabel={false}
              />
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="export-status">Items</Label>
              <Select value={status} onValueChange={(next) => setStatus(next as "active" | "all")}>
                <SelectTrigger id="export-status" aria-label="Items">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="active">Active only</SelectItem>
                  <SelectItem value="all">Active and archived</SelectItem>
                </SelectContent>
              </Select>
            </div>
          </div>
          {progress.state !== "idle" ? <ExportProgress progress={progress} /> : null}
          {error ? <Alert>{error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">{progress.state === "done" ? "Close" : "Cancel"}</Button>
          </DialogClose>
          <Button onClick={() => void onExport()} isLoading={isRunning}>
            <Download aria-hidden />
            Download
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function ExportProgress({ progress }: { progress: Exclude<TProgress, { state: "idle" }> }) {
  const isDone = progress.state === "done";
  return (
    <div role="status" aria-label="Export progress" className="flex flex-col gap-1.5">
      <div className="h-1.5 overflow-hidden rounded-full bg-zinc-100">
        <div className={isDone ? "h-full w-full bg-emerald-500" : "h-full w-1/3 animate-pulse rounded-full bg-brand"} />
      </div>
      <span className="text-12 text-zinc-600 tabular-nums">
        {isDone
          ? `Saved ${progress.fileName} (${formatBytes(progress.bytes)})`
          : `${formatBytes(progress.bytes)} received…`}
      </span>
    </div>
  );
}
