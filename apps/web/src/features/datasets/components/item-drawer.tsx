"use client";

import { ZDatasetItemDetail } from "@spanlight/core";
import type { TDatasetItem } from "@spanlight/core";
import { LoaderCircle } from "lucide-react";
import { useState } from "react";
import type { ReactNode } from "react";
import { JsonViewer } from "@/components/json-viewer/json-viewer";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { useArchiveDatasetItem } from "../hooks/use-dataset-actions";
import { useFetched } from "../hooks/use-fetched";
import { datasetApiPath, queryString } from "../lib/dataset-paths";
import { ItemEditor } from "./item-editor";
import { ItemLineage } from "./item-lineage";

type TItemDrawerProps = {
  projectId: string;
  datasetName: string;
  asOfVersion: number | null;
  /** The row opened; null: closed. */
  item: TDatasetItem | null;
  canWrite: boolean;
  /** Member names by user id: who wrote a correction. */
  memberNames: Record<string, string>;
  onClose: () => void;
};

/** One item at the side: input, expected output, metadata, lineage; edit (a new version) and archive. */
export function ItemDrawer(props: TItemDrawerProps) {
  const { projectId, datasetName, asOfVersion, item, canWrite, memberNames, onClose } = props;
  const itemId = item?.id ?? null;
  const url =
    itemId === null
      ? null
      : `${datasetApiPath(projectId, datasetName, "items", itemId)}${queryString({ version: asOfVersion })}`;
  const fetched = useFetched(url, (path) => apiFetch(path, { schema: ZDatasetItemDetail }));
  const detail = fetched.data;
  const loadError = fetched.error;
  const [editingId, setEditingId] = useState<string | null>(null);
  const isEditing = editingId !== null && editingId === itemId;
  const archive = useArchiveDatasetItem();

  async function onArchive(): Promise<boolean> {
    if (itemId === null) return false;
    const outcome = await archive.run({ projectId, name: datasetName, itemId });
    if (outcome.isOk) onClose();
    return outcome.isOk;
  }

  return (
    <Dialog open={item !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="top-0 right-0 left-auto h-screen max-h-screen w-[min(720px,100vw)] max-w-none translate-x-0 translate-y-0 rounded-none border-y-0 border-r-0">
        <DialogHeader className="border-b border-zinc-100">
          <DialogTitle>Dataset item</DialogTitle>
          <DialogDescription asChild>
            <div className="flex items-center gap-2">
              <span className="truncate font-mono text-12 text-zinc-700">{itemId}</span>
              {detail ? <Badge tone={detail.status === "active" ? "success" : "neutral"}>{detail.status}</Badge> : null}
              {detail ? <span>this revision since v{detail.version}</span> : null}
            </div>
          </DialogDescription>
        </DialogHeader>
        <div className="flex flex-col gap-5 px-5 py-4">
          {loadError ? <Alert>{loadError}</Alert> : null}
          {!detail && !loadError ? (
            <p role="status" className="flex items-center gap-2 text-13 text-zinc-500">
              <LoaderCircle className="size-4 animate-spin" aria-hidden />
              Loading item…
            </p>
          ) : null}
          {detail && isEditing ? (
            <ItemEditor
              projectId={projectId}
              datasetName={datasetName}
              item={detail}
              onSaved={(saved) => {
                fetched.setData(saved);
                setEditingId(null);
              }}
              onCancel={() => setEditingId(null)}
            />
          ) : null}
          {detail && !isEditing ? (
            <>
              {canWrite && detail.status === "active" ? (
                <div className="flex items-center gap-2">
                  <Button variant="secondary" size="sm" onClick={() => setEditingId(itemId)}>
                    Edit
                  </Button>
                  <ConfirmDialog
                    triggerLabel="Archive"
                    triggerAriaLabel="Archive this item"
                    title="Archive this item?"
                    description="It leaves the latest version; earlier versions still hold it."
                    confirmLabel="Archive item"
                    isPending={archive.isPending}
                    error={archive.error}
                    onConfirm={onArchive}
                    onClose={archive.reset}
                  />
                </div>
              ) : null}
              <JsonViewer value={detail.input} title="Input" />
              <JsonViewer value={detail.expectedOutput} title="Expected output" />
              <JsonViewer value={detail.metadata} title="Metadata" defaultOpenDepth={1} />
              <Section title="Lineage">
                <ItemLineage projectId={projectId} lineage={detail.lineage} memberNames={memberNames} />
              </Section>
            </>
          ) : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-12 font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}
