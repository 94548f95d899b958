import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import type { ReactTable } from "@tanstack/react-table";
import type { TTraceSummary } from "@spanlight/core";
import { cn } from "@/lib/utils";
import type { TRACE_TABLE_FEATURES } from "../lib/table-features";

type TTraceTable = ReactTable<typeof TRACE_TABLE_FEATURES, TTraceSummary>;

/** The sticky header row; sortable columns are buttons that flip the server's order. */
export function TraceTableHeader({ table }: { table: TTraceTable }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => {
            const { column } = header;
            const sorted = column.getIsSorted();
            const isNumeric = column.columnDef.meta?.isNumeric ?? false;
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                className={cn(
                  "group/th sticky top-0 z-10 h-8 border-b border-zinc-200 bg-zinc-50 px-3 text-12 font-medium whitespace-nowrap text-zinc-500",
                  isNumeric ? "text-right" : "text-left",
                )}
              >
                {column.getCanSort() ? (
                  <button
                    type="button"
                    onClick={column.getToggleSortingHandler()}
                    className={cn(
                      "-mx-1 inline-flex items-center gap-1 rounded px-1 outline-none hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-brand/30",
                      sorted && "text-zinc-900",
                    )}
                  >
                    <table.FlexRender header={header} />
                    <SortIcon sorted={sorted} />
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
                {column.getCanResize() ? <ResizeHandle header={header} /> : null}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

type THeader = ReturnType<TTraceTable["getHeaderGroups"]>[number]["headers"][number];

/** Drag to widen or narrow the column; a double click gives it its default width back. */
function ResizeHandle({ header }: { header: THeader }) {
  const { column } = header;
  const label = column.columnDef.meta?.label ?? column.id;
  const onResizeStart = header.getResizeHandler();
  return (
    // Pointer-only, like the virtualised rows' hover: hidden from the header's accessible name.
    <div
      aria-hidden
      data-column-resizer={column.id}
      title={`Drag to resize ${label}; double-click to reset`}
      onMouseDown={onResizeStart}
      onTouchStart={onResizeStart}
      onDoubleClick={() => column.resetSize()}
      onClick={(event) => event.stopPropagation()}
      className={cn(
        "absolute top-0 right-0 z-20 h-full w-1.5 cursor-col-resize touch-none select-none",
        "opacity-0 group-hover/th:opacity-100 hover:bg-brand/40",
        column.getIsResizing() && "bg-brand/60 opacity-100",
      )}
    />
  );
}

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  if (sorted === "asc") return <ArrowUp className="size-3 text-brand" aria-hidden />;
  if (sorted === "desc") return <ArrowDown className="size-3 text-brand" aria-hidden />;
  return <ChevronsUpDown className="size-3 text-zinc-300" aria-hidden />;
}
