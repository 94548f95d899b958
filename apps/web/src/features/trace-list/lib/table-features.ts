// The table's registered TanStack Table v9 features: sorting state (the server sorts; the table only
// holds which column is sorted), column visibility, row selection and column widths a person drags,
// plus typed column and table meta.
import {
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  metaHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";

export type TTraceColumnMeta = {
  /** The column's name in the columns menu. */
  label: string;
  /** Default width in px (also its `size`); a column without one shares the rest (the previews). */
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
  columnSizingFeature,
  columnResizingFeature,
  columnMeta: metaHelper<TTraceColumnMeta>(),
  tableMeta: metaHelper<TTraceTableMeta>(),
});
