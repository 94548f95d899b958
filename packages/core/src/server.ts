// Server-only surface: configuration reads the process environment.
export { applyResolvedConfig, ConfigError, DEFAULT_POSTGRES_DIR, getServerConfig, parseServerConfig, resetServerConfig } from "./config/server-config.ts";
export type { TInitConfig, TServerConfig, TSignupPolicy } from "./config/server-config.ts";
