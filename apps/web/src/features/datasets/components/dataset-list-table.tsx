import type { TDataset } from "@spanlight/core";
import Link from "next/link";
import { Time } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { datasetPagePath } from "../lib/dataset-paths";

export function DatasetListTable({ projectId, datasets }: { projectId: string; datasets: TDataset[] }) {
  return (
    <Table aria-label="Datasets">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="px-4">Dataset</TableHead>
          <TableHead className="px-4 text-right">Items</TableHead>
          <TableHead className="px-4 text-right">Latest version</TableHead>
          <TableHead className="px-4">Updated</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {datasets.map((dataset) => (
          <TableRow key={dataset.id}>
            <TableCell className="h-12 max-w-md px-4">
              <Link
                href={datasetPagePath(projectId, dataset.name)}
                className="font-medium text-zinc-900 hover:text-brand hover:underline"
              >
                {dataset.name}
              </Link>
              {dataset.description ? (
                <span className="block truncate text-12 text-zinc-500">{dataset.description}</span>
              ) : null}
            </TableCell>
            <TableCell className="px-4 text-right tabular-nums">{formatInteger(dataset.itemCount)}</TableCell>
            <TableCell className="px-4 text-right tabular-nums">v{dataset.latestVersion}</TableCell>
            <TableCell className="px-4 text-zinc-600">
              <Time iso={dataset.updatedAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
