import type { TMetricsRow } from "@spanlight/core";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type TBreakdownColumn = { key: string; label: string; format: (value: number | null) => string };

type TBreakdownTableProps = {
  rows: TMetricsRow[];
  groupKey: string;
  groupLabel: string;
  columns: TBreakdownColumn[];
  /** The trace list for one row's value; null rows (no user, no session) link nowhere. */
  hrefOf: (value: string) => string;
};

/** One row per group value, linking to its traces, with each measure in its unit. */
export function BreakdownTable({ rows, groupKey, groupLabel, columns, hrefOf }: TBreakdownTableProps) {
  return (
    <Table aria-label={`By ${groupLabel.toLowerCase()}`}>
      <TableHeader>
        <TableRow>
          <TableHead className="px-2">{groupLabel}</TableHead>
          {columns.map((column) => (
            <TableHead key={column.key} className="px-2 text-right">
              {column.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => {
          const value = row[groupKey] as string | null;
          return (
            <TableRow key={value ?? `none-${index}`}>
              <TableCell className="h-8 max-w-56 truncate px-2 py-1">
                {value === null ? (
                  <span className="text-zinc-400">(none)</span>
                ) : (
                  <Link href={hrefOf(value)} className="text-zinc-900 hover:text-brand hover:underline" title={value}>
                    {value}
                  </Link>
                )}
              </TableCell>
              {columns.map((column) => (
                <TableCell
                  key={column.key}
                  className="h-8 px-2 py-1 text-right whitespace-nowrap text-zinc-700 tabular-nums"
                >
                  {column.format(row[column.key] as number | null)}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
