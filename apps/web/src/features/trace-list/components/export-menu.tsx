"use client";

import type { TTraceListExportFormat } from "@spanlight/core";
import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ApiError, errorMessage, readProblemMessage } from "@/lib/api-client/api-fetch";
import { fileNameOf, saveBlob, saveUrl } from "@/lib/download";
import { listApiParams } from "../lib/list-url";
import { traceExportApiPath } from "../lib/routes";

type TExportMenuProps = { projectId: string } & (
  { search: string; traceIds?: undefined } | { traceIds: string[]; search?: undefined }
);

const FORMATS: ReadonlyArray<[TTraceListExportFormat, string]> = [
  ["json", "JSON"],
  ["csv", "CSV"],
];

/**
 * Exports the list as JSON or CSV: the whole filter as a link the browser streams to disk (up to
 * 100,000 traces, the list's order), or the selected rows.
 */
/** The whole filter's export, its window resolved now (a preset range ends at this moment). */
function filterExportPath(projectId: string, search: string, format: TTraceListExportFormat): string {
  return traceExportApiPath(projectId, listApiParams(search, Date.now()), format);
}

export function ExportMenu(props: TExportMenuProps) {
  const [error, setError] = useState<string | null>(null);

  async function onExport(format: TTraceListExportFormat) {
    setError(null);
    if (props.traceIds === undefined) {
      saveUrl(filterExportPath(props.projectId, props.search, format));
      return;
    }
    try {
      const response = await fetch(traceExportApiPath(props.projectId, new URLSearchParams(), format), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ traceIds: props.traceIds }),
        credentials: "same-origin",
      });
      if (!response.ok) throw new ApiError({ status: response.status, message: await readProblemMessage(response) });
      saveBlob(await response.blob(), fileNameOf(response.headers.get("content-disposition"), `traces.${format}`));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  const what = props.traceIds === undefined ? "the filtered list" : "the selection";
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={`Export ${what}`} title={error ?? undefined}>
          <Download aria-hidden />
          Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-52">
        <DropdownMenuLabel>Export {what}</DropdownMenuLabel>
        {FORMATS.map(([format, label]) => (
          <DropdownMenuItem key={format} onSelect={() => void onExport(format)}>
            {label}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
      {error ? (
        <span role="alert" className="text-12 text-red-600">
          {error}
        </span>
      ) : null}
    </DropdownMenu>
  );
}
