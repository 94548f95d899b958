import type { TAnnotationQueueSummary } from "@spanlight/core";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { queuePagePath } from "../lib/queue-paths";
import { ProgressBar } from "./progress-bar";

export function QueueListTable({ projectId, queues }: { projectId: string; queues: TAnnotationQueueSummary[] }) {
  return (
    <Table aria-label="Annotation queues">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="px-4">Queue</TableHead>
          <TableHead className="px-4 text-right">Items</TableHead>
          <TableHead className="px-4 text-right">Reviewers per item</TableHead>
          <TableHead className="w-64 px-4">Progress</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {queues.map((queue) => (
          <TableRow key={queue.id}>
            <TableCell className="h-12 px-4">
              <Link
                href={queuePagePath(projectId, queue.id)}
                className="font-medium text-zinc-900 hover:text-brand hover:underline"
              >
                {queue.name}
              </Link>
              {queue.description ? (
                <span className="block truncate text-12 text-zinc-500">{queue.description}</span>
              ) : null}
            </TableCell>
            <TableCell className="px-4 text-right tabular-nums">{queue.items}</TableCell>
            <TableCell className="px-4 text-right tabular-nums">{queue.reviewersPerItem}</TableCell>
            <TableCell className="px-4">
              <ProgressBar
                done={queue.completedItems}
                total={queue.items}
                label={`${queue.completedItems} of ${queue.items} done`}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
