"use client";

import { ZDeleteTracesResult } from "@spanlight/core";
import { X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { AddToQueueDialog } from "@/features/annotation-queues";
import { BulkAddToDatasetDialog } from "@/features/datasets";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { formatInteger } from "../lib/format-cells";
import { traceListApiPath } from "../lib/routes";
import { ExportMenu } from "./export-menu";

type TSelectionBarProps = {
  projectId: string;
  selectedIds: string[];
  onClear: () => void;
  /** The traces are gone on the server: drop their rows. */
  onDeleted: (traceIds: string[]) => void;
};

/** What can be done with the selected rows: add them to an annotation queue or a dataset, export them, delete them (confirmed), or clear the selection. */
export function SelectionBar({ projectId, selectedIds, onClear, onDeleted }: TSelectionBarProps) {
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = selectedIds.length;
  const noun = count === 1 ? "trace" : "traces";

  async function onConfirm(): Promise<boolean> {
    setIsPending(true);
    setError(null);
    try {
      const result = await apiFetch(traceListApiPath(projectId, new URLSearchParams()), {
        method: "DELETE",
        body: { traceIds: selectedIds },
        schema: ZDeleteTracesResult,
      });
      onDeleted(result.deletedTraceIds);
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setIsPending(false);
    }
  }

  return (
    <div
      role="region"
      aria-label="Selected traces"
      className="flex items-center gap-3 border-b border-brand/20 bg-brand-soft px-5 py-1.5 text-13"
    >
      <span className="font-medium text-zinc-800 tabular-nums">
        {formatInteger(count)} {noun} selected
      </span>
      <AddToQueueDialog
        projectId={projectId}
        targetLabel={`the ${formatInteger(count)} selected ${noun}`}
        items={() => ({ traceIds: selectedIds })}
      />
      <BulkAddToDatasetDialog
        projectId={projectId}
        targetLabel={`the ${formatInteger(count)} selected ${noun}`}
        target={() => ({ traceIds: selectedIds })}
      />
      <ExportMenu projectId={projectId} traceIds={selectedIds} />
      <ConfirmDialog
        triggerLabel="Delete"
        triggerAriaLabel={`Delete ${formatInteger(count)} selected ${noun}`}
        title={`Delete ${formatInteger(count)} ${noun}?`}
        description="Their spans go too. This cannot be undone; traces sent again later are stored afresh."
        confirmLabel={`Delete ${noun}`}
        isPending={isPending}
        error={error}
        onConfirm={onConfirm}
        onClose={() => setError(null)}
      />
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onClear}>
        <X aria-hidden />
        Clear selection
      </Button>
    </div>
  );
}
