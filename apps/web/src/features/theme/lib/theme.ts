/** The person's colour theme: kept in a cookie so the server renders <html> with it (no flash). */
export const THEMES = ["light", "dark", "system"] as const;
export type TTheme = (typeof THEMES)[number];

export const THEME_COOKIE = "spanlight-theme";

export function parseTheme(value: string | undefined): TTheme {
  return THEMES.find((theme) => theme === value) ?? "system";
}

/** Puts the theme on <html> at once and remembers it for a year (the root layout reads the cookie). */
export function applyTheme(theme: TTheme): void {
  document.documentElement.dataset.theme = theme;
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`;
}
