"use client";

import { ZDatasetDiff } from "@spanlight/core";
import type { TDatasetItem } from "@spanlight/core";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { useFetched } from "../hooks/use-fetched";
import { datasetApiPath, queryString } from "../lib/dataset-paths";
import { previewJson } from "../lib/preview-json";
import { SideBySideDiff } from "./side-by-side-diff";

type TVersionDiffProps = {
  projectId: string;
  datasetName: string;
  latest: number;
  from: number;
  to: number;
  onChange: (range: { from: number; to: number }) => void;
};

/** Added, removed and changed items between two versions; a changed item shows before and after side by side. */
export function VersionDiff({ projectId, datasetName, latest, from, to, onChange }: TVersionDiffProps) {
  const fetched = useFetched(`${datasetApiPath(projectId, datasetName, "diff")}${queryString({ from, to })}`, (path) =>
    apiFetch(path, { schema: ZDatasetDiff }),
  );
  const diff = fetched.data;
  const error = fetched.error;

  const options = Array.from({ length: latest + 1 }, (_, version) => version);
  return (
    <Card className="flex flex-col gap-4 p-4" aria-label="Version diff" role="region">
      <div className="flex flex-wrap items-center gap-2 text-13">
        <span className="font-medium text-zinc-900">Compare</span>
        <VersionSelect
          label="From version"
          value={from}
          options={options}
          onChange={(next) => onChange({ from: next, to })}
        />
        <span className="text-zinc-500">→</span>
        <VersionSelect
          label="To version"
          value={to}
          options={options}
          onChange={(next) => onChange({ from, to: next })}
        />
        {diff ? (
          <span className="ml-auto flex gap-1.5">
            <Badge tone="success">{diff.added.length} added</Badge>
            <Badge tone="danger">{diff.removed.length} removed</Badge>
            <Badge tone="warning">{diff.changed.length} changed</Badge>
          </span>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {diff && diff.added.length + diff.removed.length + diff.changed.length === 0 ? (
        <p className="text-13 text-zinc-500">
          No differences between v{from} and v{to}.
        </p>
      ) : null}
      {diff ? (
        <>
          <ItemList title="Added" items={diff.added} />
          <ItemList title="Removed" items={diff.removed} />
          {diff.changed.length > 0 ? (
            <section aria-label="Changed" className="flex flex-col gap-3">
              <h3 className="text-12 font-semibold tracking-wide text-zinc-500 uppercase">Changed</h3>
              {diff.changed.map((change) => (
                <SideBySideDiff key={change.id} id={change.id} before={change.before} after={change.after} />
              ))}
            </section>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}

function VersionSelect(props: { label: string; value: number; options: number[]; onChange: (value: number) => void }) {
  return (
    <Select value={String(props.value)} onValueChange={(next) => props.onChange(Number(next))}>
      <SelectTrigger aria-label={props.label} className="w-24">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {props.options.map((version) => (
          <SelectItem key={version} value={String(version)}>
            v{version}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

function ItemList({ title, items }: { title: string; items: TDatasetItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title} className="flex flex-col gap-1.5">
      <h3 className="text-12 font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      <ul className="flex flex-col divide-y divide-zinc-100 rounded-md border border-zinc-200">
        {items.map((item) => (
          <li key={item.id} className="grid grid-cols-[180px_1fr_1fr] gap-3 px-3 py-1.5 font-mono text-12">
            <span className="truncate text-zinc-700">{item.id}</span>
            <span className="truncate text-zinc-800">{previewJson(item.input)}</span>
            <span className="truncate text-zinc-600">{previewJson(item.expectedOutput)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
