"use client";

import type { TDataset } from "@spanlight/core";
import Link from "next/link";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { datasetPagePath } from "../lib/dataset-paths";

type TDatasetSelectProps = {
  projectId: string;
  datasets: TDataset[] | null;
  value: string;
  onChange: (name: string) => void;
};

/** Which dataset to add to; with none yet, a link to create one. */
export function DatasetSelect({ projectId, datasets, value, onChange }: TDatasetSelectProps) {
  if (datasets === null) return <p className="text-13 text-zinc-500">Loading datasets…</p>;
  if (datasets.length === 0)
    return (
      <p className="text-13 text-zinc-600">
        No datasets yet.{" "}
        <Link href={datasetPagePath(projectId)} className="text-brand hover:underline">
          Create one
        </Link>
        .
      </p>
    );
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor="add-to-dataset">Dataset</Label>
      <Select value={value} onValueChange={onChange}>
        <SelectTrigger id="add-to-dataset" aria-label="Dataset">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {datasets.map((dataset) => (
            <SelectItem key={dataset.id} value={dataset.name}>
              {dataset.name} ({dataset.itemCount} items)
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
