"use client";

import { ZDatasetImportResult } from "@spanlight/core";
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
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
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { ApiError, errorMessage, readProblemMessage } from "@/lib/api-client/api-fetch";
import { datasetApiPath, queryString } from "../lib/dataset-paths";
import { DATASET_FORMATS } from "../lib/dataset-formats";
import type { TDatasetFormat } from "../lib/dataset-formats";

/** Uploads a CSV, JSONL, OpenAI or DSPy file as one new version; one bad line rejects the whole file. */
export function ImportDialog({ projectId, datasetName }: { projectId: string; datasetName: string }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<TDatasetFormat>("jsonl");
  const [inputKeys, setInputKeys] = useState("");
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);

  function onOpenChange(open: boolean) {
    setIsOpen(open);
    if (open) return;
    setFile(null);
    setError(null);
    setSummary(null);
  }

  function onPick(picked: File | null) {
    setFile(picked);
    setSummary(null);
    setError(null);
    if (picked?.name.toLowerCase().endsWith(".csv")) setFormat("csv");
  }

  async function onImport() {
    if (!file) return;
    setIsPending(true);
    setError(null);
    const query = queryString({ format, inputKeys: format === "dspy" && inputKeys ? inputKeys : undefined });
    try {
      // The file goes as the raw body: the server decodes it as it streams in.
      const response = await fetch(`${datasetApiPath(projectId, datasetName, "import")}${query}`, {
        method: "POST",
        body: file,
        credentials: "same-origin",
      });
      if (!response.ok) throw new ApiError({ status: response.status, message: await readProblemMessage(response) });
      const result = ZDatasetImportResult.parse(await response.json());
      setSummary(`Imported ${result.added} items as version v${result.version}.`);
      router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsPending(false);
    }
  }

  return (
    <Dialog open={isOpen} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Upload aria-hidden />
          Import
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Import items</DialogTitle>
          <DialogDescription>
            All or nothing: one bad line rejects the file, with its line number, and nothing is added. An id already in
            the dataset is an edit.
          </DialogDescription>
        </DialogHeader>
        <DialogBody>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="import-file">File</Label>
            <input
              id="import-file"
              type="file"
              accept=".jsonl,.csv,.json,.ndjson,text/csv,application/x-ndjson"
              onChange={(event) => onPick(event.target.files?.[0] ?? null)}
              className="text-13 file:mr-3 file:rounded-md file:border file:border-zinc-200 file:bg-white file:px-2.5 file:py-1 file:text-13 file:font-medium"
            />
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="import-format">Format</Label>
            <Select value={format} onValueChange={(next) => setFormat(next as TDatasetFormat)}>
              <SelectTrigger id="import-format" aria-label="Format">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {DATASET_FORMATS.map((option) => (
                  <SelectItem key={option.id} value={option.id}>
                    {option.label}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          {format === "dspy" ? (
            <TextField
              name="inputKeys"
              label="Input keys (comma-separated)"
              hint="The rest of each row is the expected output."
              value={inputKeys}
              onChange={(event) => setInputKeys(event.target.value)}
            />
          ) : null}
          {summary ? (
            <p role="status" className="text-13 text-emerald-700">
              {summary}
            </p>
          ) : null}
          {error ? <Alert>{error}</Alert> : null}
        </DialogBody>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="ghost">{summary ? "Close" : "Cancel"}</Button>
          </DialogClose>
          <Button onClick={() => void onImport()} isLoading={isPending} disabled={!file}>
            <Upload aria-hidden />
            Import
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
