import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/relative-time";
import { TableCell } from "@/components/ui/table";
import { formatInteger } from "@/features/trace-detail/lib/format";
import { cn } from "@/lib/utils";

// Cells shared by the session, user and trace tables, so every list reads numbers the same way.

export function NumberCell({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <TableCell className={cn("h-10 px-3 text-right whitespace-nowrap text-zinc-700 tabular-nums", className)}>
      {children}
    </TableCell>
  );
}

export function TimeCell({ iso }: { iso: string }) {
  return (
    <TableCell className="h-10 px-3 whitespace-nowrap text-zinc-600 tabular-nums">
      <Time iso={iso} />
    </TableCell>
  );
}

/** Failed traces as a red count; zero stays quiet. */
export function ErrorCountCell({ count }: { count: number }) {
  return (
    <TableCell className="h-10 px-3 text-right">
      {count > 0 ? (
        <Badge tone="danger" className="py-0 tabular-nums" title={`${formatInteger(count)} traces with a failed span`}>
          {formatInteger(count)}
        </Badge>
      ) : (
        <span className="text-zinc-300 tabular-nums">0</span>
      )}
    </TableCell>
  );
}

/** A table's only row when it has nothing to list. */
export function EmptyRow({ columnCount, children }: { columnCount: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columnCount} className="px-3 py-10 text-center text-13 text-zinc-500">
        {children}
      </td>
    </tr>
  );
}
