import type { TQueueProgress } from "@spanlight/core";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function ReviewerProgressTable({ progress }: { progress: TQueueProgress }) {
  if (progress.reviewers.length === 0) {
    return <p className="px-4 pb-4 text-13 text-zinc-500">Nobody has reviewed an item yet.</p>;
  }
  return (
    <Table aria-label="Progress per reviewer">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="px-4">Reviewer</TableHead>
          <TableHead className="px-4 text-right">Completed</TableHead>
          <TableHead className="px-4 text-right">Skipped</TableHead>
          <TableHead className="px-4 text-right">In progress</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {progress.reviewers.map((reviewer) => (
          <TableRow key={reviewer.userId}>
            <TableCell className="h-10 px-4">
              <span className="font-medium text-zinc-900">{reviewer.name ?? reviewer.userId}</span>
              {reviewer.email ? <span className="ml-2 text-12 text-zinc-500">{reviewer.email}</span> : null}
            </TableCell>
            <TableCell className="px-4 text-right tabular-nums">{reviewer.completed}</TableCell>
            <TableCell className="px-4 text-right tabular-nums">{reviewer.skipped}</TableCell>
            <TableCell className="px-4 text-right tabular-nums">{reviewer.inProgress}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
