// The colour theme: the menu items that switch it and the cookie the root layout reads.
export { ThemeMenuItems } from "./components/theme-menu-items";
export { parseTheme, THEME_COOKIE, THEMES } from "./lib/theme";
export type { TTheme } from "./lib/theme";
