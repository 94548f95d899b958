"use client";

import type { TDatasetItem } from "@spanlight/core";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/relative-time";
import { cn } from "@/lib/utils";
import { ITEM_TABLE_FEATURES } from "../lib/items-table-features";
import { previewJson } from "../lib/preview-json";

const helper = createColumnHelper<typeof ITEM_TABLE_FEATURES, TDatasetItem>();

const ITEM_COLUMNS = helper.columns([
  helper.accessor("id", {
    header: "Id",
    meta: { width: 180 },
    cell: ({ getValue }) => <span className="block truncate font-mono text-12 text-zinc-700">{getValue()}</span>,
  }),
  helper.accessor("input", {
    header: "Input",
    cell: ({ getValue }) => <Preview value={getValue()} />,
  }),
  helper.accessor("expectedOutput", {
    header: "Expected output",
    cell: ({ getValue }) => <Preview value={getValue()} />,
  }),
  helper.accessor("sourceTraceId", {
    header: "Source",
    meta: { width: 110 },
    cell: ({ getValue }) =>
      getValue() ? (
        <span className="font-mono text-12 text-zinc-600">{getValue()!.slice(0, 8)}…</span>
      ) : (
        <span className="text-zinc-400">—</span>
      ),
  }),
  helper.accessor("status", {
    header: "Status",
    meta: { width: 90 },
    cell: ({ getValue }) => <Badge tone={getValue() === "active" ? "success" : "neutral"}>{getValue()}</Badge>,
  }),
  helper.accessor("version", {
    header: "Since",
    meta: { width: 70 },
    cell: ({ getValue }) => <span className="tabular-nums">v{getValue()}</span>,
  }),
  helper.accessor("createdAt", {
    header: "Changed",
    meta: { width: 120 },
    cell: ({ getValue }) => <Time iso={getValue()} />,
  }),
]);

function Preview({ value }: { value: unknown }) {
  const text = previewJson(value);
  return (
    <span className={cn("block truncate font-mono text-12", text ? "text-zinc-800" : "text-zinc-400")} title={text}>
      {text || "—"}
    </span>
  );
}

type TItemsTableProps = { items: TDatasetItem[]; onOpen: (item: TDatasetItem) => void; selectedId: string | null };

/** The items of one page run: a row opens the item's drawer (click or Enter). */
export function ItemsTable({ items, onOpen, selectedId }: TItemsTableProps) {
  const table = useTable({
    features: ITEM_TABLE_FEATURES,
    columns: ITEM_COLUMNS,
    data: items,
    getRowId: (row) => row.id,
  });
  return (
    <table aria-label="Dataset items" className="w-full table-fixed border-collapse text-13">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                style={{ width: header.column.columnDef.meta?.width }}
                className="h-8 border-b border-zinc-200 bg-zinc-50 px-3 text-left text-12 font-medium text-zinc-500"
              >
                <table.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            tabIndex={0}
            aria-selected={row.id === selectedId}
            onClick={() => onOpen(row.original)}
            onKeyDown={(event) => {
              if (event.key === "Enter") onOpen(row.original);
            }}
            className={cn(
              "h-10 cursor-pointer border-b border-zinc-100 outline-none hover:bg-zinc-50 focus-visible:bg-brand-soft",
              row.id === selectedId && "bg-brand-soft",
            )}
          >
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className="px-3 align-middle">
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
