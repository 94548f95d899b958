"use client";

import type { TTraceSummary } from "@spanlight/core";
import { useTable } from "@tanstack/react-table";
import type { ColumnSizingState, RowSelectionState, SortingState, Updater } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { MouseEvent, ReactNode } from "react";
import { cn } from "@/lib/utils";
import { tracePagePath } from "../lib/routes";
import { TRACE_TABLE_FEATURES } from "../lib/table-features";
import { ROW_HEIGHT } from "../lib/table-prefs";
import type { TColumnSizing, TColumnVisibility, TDensity } from "../lib/table-prefs";
import { TRACE_COLUMNS } from "./trace-columns";
import { TraceTableHeader } from "./trace-table-header";

/** Rows rendered beyond the viewport, so a fast scroll rarely shows blank space. */
const OVERSCAN_ROWS = 12;
/** Start loading the next page this many rows before the end. */
const LOAD_AHEAD_ROWS = 15;
/** Flexible columns (the previews) get at least this much before the table scrolls sideways. */
const FLEX_COLUMN_MIN_WIDTH = 110;
/** The server has no viewport: render about a screen of rows into the first HTML. */
const SERVER_RECT = { width: 1280, height: 900 };

type TTraceTableProps = {
  projectId: string;
  rows: TTraceSummary[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  /** Selected rows by trace id; only people who may delete get the select column. */
  rowSelection: RowSelectionState;
  onRowSelectionChange: (selection: RowSelectionState) => void;
  canSelect: boolean;
  onFilterByTag: (tag: string) => void;
  columnVisibility: TColumnVisibility;
  /** Widths a person dragged (the header's handles); saved with the table's other prefs. */
  columnSizing: TColumnSizing;
  onColumnSizingChange: (sizing: TColumnSizing) => void;
  density: TDensity;
  freshIds: ReadonlySet<string>;
  /** A new view is on its way from the server: the rows shown are the old view's. */
  isStale: boolean;
  canLoadMore: boolean;
  onLoadMore: () => void;
  footer: ReactNode;
};

/**
 * The trace list as a dense, virtualised table: the server sorts and pages (manual sorting, keyset
 * cursor), the table holds which column is sorted and which columns show. Rows have a fixed height
 * per density; only those on screen are in the DOM, with spacer rows keeping the scroll height.
 */
export function TraceTable(props: TTraceTableProps) {
  const { projectId, rows, sorting, columnVisibility, density, freshIds, canLoadMore, onLoadMore } = props;
  const router = useRouter();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT[density];

  const table = useTable({
    features: TRACE_TABLE_FEATURES,
    columns: TRACE_COLUMNS,
    data: rows,
    getRowId: (row) => row.traceId,
    state: {
      sorting,
      columnVisibility: { ...columnVisibility, select: props.canSelect },
      rowSelection: props.rowSelection,
      columnSizing: props.columnSizing,
    },
    onColumnSizingChange: (updater: Updater<ColumnSizingState>) =>
      props.onColumnSizingChange(typeof updater === "function" ? updater(props.columnSizing) : updater),
    enableColumnResizing: true,
    columnResizeMode: "onChange",
    onSortingChange: (updater: Updater<SortingState>) =>
      props.onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      props.onRowSelectionChange(typeof updater === "function" ? updater(props.rowSelection) : updater),
    enableRowSelection: props.canSelect,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    meta: { projectId, onFilterByTag: props.onFilterByTag },
  });
  const tableRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read fresh each render, never memoised
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => tableRows[index]?.id ?? index,
    overscan: OVERSCAN_ROWS,
    initialRect: SERVER_RECT,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

  const virtualRows = virtualizer.getVirtualItems();
  const lastRenderedIndex = virtualRows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (canLoadMore && lastRenderedIndex >= tableRows.length - LOAD_AHEAD_ROWS) onLoadMore();
  }, [canLoadMore, lastRenderedIndex, onLoadMore, tableRows.length]);

  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualRows.length > 0 ? virtualizer.getTotalSize() - virtualRows.at(-1)!.end : 0;
  const widthOf = (column: (typeof visibleColumns)[number]) =>
    column.columnDef.meta?.width === undefined ? undefined : column.getSize();
  const minWidth = visibleColumns.reduce((sum, column) => sum + (widthOf(column) ?? FLEX_COLUMN_MIN_WIDTH), 0);

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, traceId: string) {
    // Links and buttons inside a row do their own thing; a drag to select text is not a click.
    if ((event.target as HTMLElement).closest("a, button") || window.getSelection()?.toString()) return;
    const href = tracePagePath(projectId, traceId);
    if (event.metaKey || event.ctrlKey) window.open(href, "_blank", "noopener");
    else router.push(href);
  }

  return (
    <div
      ref={scrollRef}
      className="relative min-h-0 flex-1 overflow-auto overscroll-contain"
      data-testid="trace-table-scroll"
    >
      <table
        aria-label="Traces"
        aria-rowcount={tableRows.length + 1}
        aria-busy={props.isStale || undefined}
        className={cn(
          "w-full table-fixed border-separate border-spacing-0 text-13 transition-opacity",
          props.isStale && "opacity-60",
        )}
        style={{ minWidth }}
      >
        <colgroup>
          {visibleColumns.map((column) => (
            <col key={column.id} style={{ width: widthOf(column) }} />
          ))}
        </colgroup>
        <TraceTableHeader table={table} />
        <tbody>
          {paddingTop > 0 ? <SpacerRow height={paddingTop} columnCount={visibleColumns.length} /> : null}
          {virtualRows.map((virtualRow) => {
            const row = tableRows[virtualRow.index]!;
            const isFresh = freshIds.has(row.id);
            return (
              <tr
                key={row.id}
                aria-rowindex={virtualRow.index + 2}
                data-trace-id={row.id}
                data-fresh={isFresh || undefined}
                aria-selected={props.canSelect ? row.getIsSelected() : undefined}
                onClick={(event) => onRowClick(event, row.id)}
                style={{ height: rowHeight }}
                className={cn(
                  "cursor-pointer transition-colors duration-700 hover:bg-zinc-50 [&>td]:border-b [&>td]:border-zinc-100",
                  isFresh && "bg-brand-soft hover:bg-brand-soft",
                  row.getIsSelected() && "bg-brand-soft/60",
                )}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn(
                      "overflow-hidden px-3 whitespace-nowrap text-zinc-700",
                      cell.column.columnDef.meta?.isNumeric && "text-right tabular-nums",
                    )}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? <SpacerRow height={paddingBottom} columnCount={visibleColumns.length} /> : null}
        </tbody>
      </table>
      {props.footer}
    </div>
  );
}

function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={columnCount} className="p-0" />
    </tr>
  );
}
