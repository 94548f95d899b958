/**
 * The sidebar's width: `auto` (the default) shows icons only below 1280 px and labels above;
 * `expanded` and `collapsed` are a person's choice, kept in a cookie the project layout reads.
 */
export const SIDEBAR_STATES = ["auto", "expanded", "collapsed"] as const;
export type TSidebarState = (typeof SIDEBAR_STATES)[number];

export const SIDEBAR_COOKIE = "spanlight-sidebar";

export function parseSidebarState(value: string | undefined): TSidebarState {
  return SIDEBAR_STATES.find((state) => state === value) ?? "auto";
}

/** Remembers the choice for a year. */
export function storeSidebarState(state: TSidebarState): void {
  document.cookie = `${SIDEBAR_COOKIE}=${state}; path=/; max-age=31536000; samesite=lax`;
}
