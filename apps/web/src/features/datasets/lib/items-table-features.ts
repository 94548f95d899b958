// The items table's TanStack Table v9 features: none past the core rows and columns (the server pages
// by id), plus typed column meta for widths.
import { metaHelper, tableFeatures } from "@tanstack/react-table";

export type TItemColumnMeta = { width?: number };

export const ITEM_TABLE_FEATURES = tableFeatures({ columnMeta: metaHelper<TItemColumnMeta>() });
