"use client";

import { ZDatasetItemPage } from "@spanlight/core";
import type { TDatasetItem, TDatasetItemPage, TDatasetItemStatus } from "@spanlight/core";
import { Inbox } from "lucide-react";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { LoadMoreFooter, useKeysetPages } from "@/features/sessions";
import { apiFetch } from "@/lib/api-client/api-fetch";
import { datasetApiPath, queryString } from "../lib/dataset-paths";
import { ItemDrawer } from "./item-drawer";
import { ItemsTable } from "./items-table";

type TStatusFilter = TDatasetItemStatus | "all";

type TItemsPanelProps = {
  projectId: string;
  datasetName: string;
  asOfVersion: number | null;
  status: TStatusFilter;
  onStatusChange: (status: TStatusFilter) => void;
  initialItems: TDatasetItemPage;
  /** Edits make a new version, so they are offered on the latest version only. */
  canWrite: boolean;
  memberNames: Record<string, string>;
};

/** The status filter, the items table with "Load more" (keyset pages from the server), and the item drawer. */
export function ItemsPanel(props: TItemsPanelProps) {
  const { projectId, datasetName, asOfVersion, status } = props;
  const [openItem, setOpenItem] = useState<TDatasetItem | null>(null);
  const pages = useKeysetPages({
    initial: props.initialItems,
    fetchPage: (cursor) =>
      apiFetch(
        `${datasetApiPath(projectId, datasetName, "items")}${queryString({ version: asOfVersion, status, cursor })}`,
        { schema: ZDatasetItemPage },
      ),
  });
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <Select value={status} onValueChange={(next) => props.onStatusChange(next as TStatusFilter)}>
          <SelectTrigger aria-label="Status" className="w-40">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="active">Active items</SelectItem>
            <SelectItem value="archived">Archived items</SelectItem>
            <SelectItem value="all">All items</SelectItem>
          </SelectContent>
        </Select>
      </div>
      <Card className="overflow-hidden">
        {pages.rows.length === 0 ? (
          <EmptyState
            icon={Inbox}
            title={status === "active" ? "No items yet" : "No items with this status"}
            description="Add items from a trace's page, in bulk from the trace list or an annotation queue, or import a CSV or JSONL file."
          />
        ) : (
          <>
            <ItemsTable items={pages.rows} onOpen={setOpenItem} selectedId={openItem?.id ?? null} />
            <LoadMoreFooter
              shownCount={pages.rows.length}
              noun={{ one: "item", other: "items" }}
              hasMore={pages.hasMore}
              isLoading={pages.isLoading}
              error={pages.error}
              onLoadMore={() => void pages.loadMore()}
            />
          </>
        )}
      </Card>
      <ItemDrawer
        projectId={projectId}
        datasetName={datasetName}
        asOfVersion={asOfVersion}
        item={openItem}
        canWrite={props.canWrite}
        memberNames={props.memberNames}
        onClose={() => setOpenItem(null)}
      />
    </div>
  );
}
