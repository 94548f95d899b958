"use client";

import type { TDatasetVersion } from "@spanlight/core";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Time } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { VersionDiff } from "./version-diff";

type TVersionsPanelProps = { projectId: string; datasetName: string; versions: TDatasetVersion[] };

const REASONS: Record<string, string> = {
  add: "item added",
  edit: "item edited",
  archive: "item archived",
  import: "file imported",
  "from-traces": "added from traces",
};

/** Every version, newest first, and a diff between any two of them. */
export function VersionsPanel({ projectId, datasetName, versions }: TVersionsPanelProps) {
  const latest = versions.at(-1)?.version ?? 0;
  const [range, setRange] = useState({ from: Math.max(0, latest - 1), to: latest });
  return (
    <div className="flex flex-col gap-5">
      <Card className="overflow-hidden">
        <Table aria-label="Versions">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="px-4">Version</TableHead>
              <TableHead className="px-4">Change</TableHead>
              <TableHead className="px-4 text-right">Added</TableHead>
              <TableHead className="px-4 text-right">Changed</TableHead>
              <TableHead className="px-4 text-right">Archived</TableHead>
              <TableHead className="px-4">When</TableHead>
              <TableHead className="px-4" />
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.length === 0 ? (
              <TableRow>
                <TableCell colSpan={7} className="px-4 py-6 text-center text-zinc-500">
                  No versions yet: the first change makes v1.
                </TableCell>
              </TableRow>
            ) : null}
            {[...versions].reverse().map((version) => (
              <TableRow key={version.version}>
                <TableCell className="h-10 px-4 font-medium tabular-nums">v{version.version}</TableCell>
                <TableCell className="px-4 text-zinc-700">{REASONS[version.reason] ?? version.reason}</TableCell>
                <TableCell className="px-4 text-right tabular-nums">{formatInteger(version.added)}</TableCell>
                <TableCell className="px-4 text-right tabular-nums">{formatInteger(version.changed)}</TableCell>
                <TableCell className="px-4 text-right tabular-nums">{formatInteger(version.archived)}</TableCell>
                <TableCell className="px-4 text-zinc-600">
                  <Time iso={version.createdAt} />
                </TableCell>
                <TableCell className="px-4 text-right">
                  <button
                    type="button"
                    className="text-12 text-brand hover:underline"
                    onClick={() => setRange({ from: version.version - 1, to: version.version })}
                  >
                    Diff with v{version.version - 1}
                  </button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      {versions.length > 0 ? (
        <VersionDiff
          projectId={projectId}
          datasetName={datasetName}
          latest={latest}
          from={range.from}
          to={range.to}
          onChange={setRange}
        />
      ) : null}
    </div>
  );
}
