// The table's registered TanStack Table v9 features: sorting state (the server sorts; the table only
// holds which column is sorted), column visibility and row selection, plus typed column and table meta.
import {
  columnVisibilityFeature,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";

export type TTraceColumnMeta = {
  /** The column's name in the columns menu. */
  label: string;
  /** Fixed width in px; a column without one shares the rest (the previews). */
  width?: number;
  /** Numbers align right, so their digits line up. */
  isNumeric?: boolean;
};

export type TTraceTableMeta = {
  projectId: string;
  /** Clicking a tag narrows the list to it. */
  onFilterByTag: (tag: string) => void;
};

export const TRACE_TABLE_FEATURES = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<TTraceColumnMeta>(),
  tableMeta: metaHelper<TTraceTableMeta>(),
});
