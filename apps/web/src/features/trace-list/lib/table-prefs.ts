// How a person likes the table (row density, which columns show, how wide): per browser, in localStorage,
// never in the URL, because a shared link should carry the view's filters, not its looks.
import { z } from "zod";

export const DENSITIES = ["compact", "comfortable"] as const;
export type TDensity = (typeof DENSITIES)[number];

/** Row heights in px; fixed per density so the virtualiser needs no measuring. */
export const ROW_HEIGHT: Record<TDensity, number> = { compact: 32, comfortable: 44 };

export type TColumnVisibility = Record<string, boolean>;
/** Widths in px that a person dragged, by column id; the others keep their default. */
export type TColumnSizing = Record<string, number>;
export type TTablePrefs = { density: TDensity; columnVisibility: TColumnVisibility; columnSizing: TColumnSizing };

/**
 * What starts hidden: scores (none exist yet), environment (usually one value), and session and
 * span count, so the default columns fit a 1440 px screen without scrolling sideways.
 */
export const DEFAULT_TABLE_PREFS: TTablePrefs = {
  density: "compact",
  columnVisibility: { session: false, spans: false, environment: false, scores: false },
  columnSizing: {},
};

/** A dragged column stays between these widths. */
export const COLUMN_MIN_WIDTH = 40;
export const COLUMN_MAX_WIDTH = 1_200;

const ZStoredPrefs = z.object({
  density: z.enum(DENSITIES).optional().catch(undefined),
  columnVisibility: z.record(z.string(), z.boolean()).optional().catch(undefined),
  columnSizing: z
    .record(z.string(), z.number().min(COLUMN_MIN_WIDTH).max(COLUMN_MAX_WIDTH))
    .optional()
    .catch(undefined),
});

/** Stored JSON over the defaults; anything unreadable (an old shape, a hand edit) falls back. */
export function parseTablePrefs(raw: string | null): TTablePrefs {
  if (!raw) return DEFAULT_TABLE_PREFS;
  try {
    const stored = ZStoredPrefs.parse(JSON.parse(raw));
    return {
      density: stored.density ?? DEFAULT_TABLE_PREFS.density,
      columnVisibility: { ...DEFAULT_TABLE_PREFS.columnVisibility, ...stored.columnVisibility },
      columnSizing: stored.columnSizing ?? {},
    };
  } catch {
    return DEFAULT_TABLE_PREFS;
  }
}
