"use client";

import type { TDataset, TDatasetItemPage, TDatasetItemStatus, TDatasetVersion } from "@spanlight/core";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { datasetPagePath } from "../lib/dataset-paths";
import { ExportDialog } from "./export-dialog";
import { ImportDialog } from "./import-dialog";
import { ItemsPanel } from "./items-panel";
import { VersionPicker } from "./version-picker";
import { VersionsPanel } from "./versions-panel";

type TDatasetViewProps = {
  projectId: string;
  dataset: TDataset;
  versions: TDatasetVersion[];
  /** The version the page reads as of; null: the latest. */
  asOfVersion: number | null;
  status: TDatasetItemStatus | "all";
  initialItems: TDatasetItemPage;
  canWrite: boolean;
  memberNames: Record<string, string>;
};

type TTab = "items" | "versions";

/** A dataset: its header with the "as of version" picker, then the items and the versions with their diffs. */
export function DatasetView(props: TDatasetViewProps) {
  const { projectId, dataset, versions, asOfVersion, status, canWrite } = props;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [tab, setTab] = useState<TTab>("items");

  function updateSearch(changes: Record<string, string | null>) {
    const next = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const text = next.toString();
    router.push(text ? `${pathname}?${text}` : pathname, { scroll: false });
  }

  const isPast = asOfVersion !== null && asOfVersion !== dataset.latestVersion;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-5 p-6">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-12 text-zinc-500">
          <Link href={datasetPagePath(projectId)} className="hover:text-zinc-900">
            Datasets
          </Link>
          <ChevronRight className="size-3 text-zinc-300" aria-hidden />
          <span>{dataset.name}</span>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex items-center gap-2">
              <h1 className="truncate text-lg font-semibold text-zinc-900">{dataset.name}</h1>
              <Badge>
                {formatInteger(dataset.itemCount)} {dataset.itemCount === 1 ? "item" : "items"}
              </Badge>
              {isPast ? <Badge tone="warning">viewing v{asOfVersion}</Badge> : null}
            </div>
            {dataset.description ? <p className="text-13 text-zinc-600">{dataset.description}</p> : null}
          </div>
          <div className="flex items-center gap-2">
            <VersionPicker
              versions={versions}
              value={asOfVersion}
              onChange={(version) => updateSearch({ version: version === null ? null : String(version) })}
            />
            <ExportDialog projectId={projectId} dataset={dataset} versions={versions} initialVersion={asOfVersion} />
            {canWrite ? <ImportDialog projectId={projectId} datasetName={dataset.name} /> : null}
          </div>
        </div>
      </header>
      <Tabs value={tab} onValueChange={(value) => setTab(value as TTab)} className="flex flex-col gap-4">
        <TabsList>
          <TabsTrigger value="items">Items</TabsTrigger>
          <TabsTrigger value="versions">
            Versions
            <span className="rounded-full bg-zinc-100 px-1.5 text-[11px] text-zinc-500">{versions.length}</span>
          </TabsTrigger>
          <Link
            href={datasetPagePath(projectId, dataset.name, "runs")}
            className="-mb-px inline-flex h-9 items-center border-b-2 border-transparent text-13 font-medium text-zinc-500 hover:text-zinc-800"
          >
            Runs
          </Link>
        </TabsList>
        <TabsContent value="items">
          <ItemsPanel
            key={`${asOfVersion ?? "latest"}:${status}`}
            projectId={projectId}
            datasetName={dataset.name}
            asOfVersion={asOfVersion}
            status={status}
            onStatusChange={(next) => updateSearch({ status: next === "active" ? null : next })}
            initialItems={props.initialItems}
            canWrite={canWrite && !isPast}
            memberNames={props.memberNames}
          />
        </TabsContent>
        <TabsContent value="versions">
          <VersionsPanel projectId={projectId} datasetName={dataset.name} versions={versions} />
        </TabsContent>
      </Tabs>
    </div>
  );
}
