import path from "node:path";
import { z } from "zod";

const MIB = 1024 * 1024;
/** As root: where the embedded PostgreSQL's binaries are staged and clusters of private data folders live. */
export const DEFAULT_POSTGRES_DIR = "/var/lib/spanlight";
const port = z.coerce.number().int().min(0).max(65_535);

/** An empty variable counts as unset, as shells and compose files often produce them. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);
}

const ZRawServerConfig = z.object({
  DATABASE_URL: optional(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional(),
  ),
  SPANLIGHT_DATA_DIR: optional(z.string().optional()),
  SPANLIGHT_POSTGRES_DIR: optional(z.string().default(DEFAULT_POSTGRES_DIR)),
  PORT: optional(port.default(3000)),
  HOSTNAME: optional(z.string().default("0.0.0.0")),
  OTLP_HTTP_PORT: optional(port.default(4318)),
  OTLP_GRPC_PORT: optional(port.default(4317)),
  OTLP_MAX_BODY_BYTES: optional(
    z.coerce
      .number()
      .int()
      .positive()
      .default(64 * MIB),
  ),
  SPANLIGHT_PUBLIC_URL: optional(z.url().optional()),
  SPANLIGHT_AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters").optional()),
  SPANLIGHT_INIT_USER_EMAIL: optional(z.email().optional()),
  SPANLIGHT_INIT_USER_PASSWORD: optional(z.string().min(8, "must be at least 8 characters").optional()),
  SPANLIGHT_INIT_PROJECT_NAME: optional(z.string().trim().min(1).optional()),
  SPANLIGHT_INIT_PUBLIC_KEY: optional(z.string().startsWith("pk-", "must start with pk-").optional()),
  SPANLIGHT_INIT_SECRET_KEY: optional(z.string().startsWith("sk-", "must start with sk-").optional()),
  SPANLIGHT_TRUST_PROXY: optional(z.enum(["true", "false", "1", "0"]).default("false")),
  SPANLIGHT_ALLOW_SIGNUP: optional(z.enum(["true", "false", "1", "0"], { error: "must be true or false" }).optional()),
  SPANLIGHT_SIGNIN_ATTEMPTS_PER_MINUTE: optional(z.coerce.number().int().positive().default(10)),
  SPANLIGHT_FEEDBACK_KEY_RATE_PER_MINUTE: optional(z.coerce.number().int().positive().default(6_000)),
  LOG_LEVEL: optional(z.enum(["debug", "info", "warn", "error"]).default("info")),
  NODE_ENV: optional(z.string().optional()),
});

export type TInitConfig = {
  userEmail: string;
  userPassword: string;
  projectName: string;
  keys: { publicKey: string; secretKey: string } | null;
};

/**
 * Who may create an account without an invitation: anyone (`open`), no one (`closed`), or only the
 * very first account of an instance (`first-account`, the default), after which people join by invitation.
 */
export type TSignupPolicy = "open" | "closed" | "first-account";

export type TServerConfig = {
  databaseUrl: string | undefined;
  dataDir: string;
  /** As root: where the embedded PostgreSQL's binaries are staged and clusters of private data folders live. */
  postgresDir: string;
  port: number;
  hostname: string;
  otlpHttpPort: number;
  otlpGrpcPort: number;
  otlpMaxBodyBytes: number;
  publicUrl: string;
  authSecret: string | undefined;
  init: TInitConfig | null;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  signInAttemptsPerMinute: number;
  /** Browser feedback a minute per public key or feedback token, over all client addresses. */
  feedbackKeyRatePerMinute: number;
  signupPolicy: TSignupPolicy;
  /** `next dev`: its overlay evaluates code, so the page policy allows eval there only. */
  isDevelopment: boolean;
  logLevel: "debug" | "info" | "warn" | "error";
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses Spanlight's environment once; every problem names its variable. */
export function parseServerConfig(env: Record<string, string | undefined>): TServerConfig {
  const parsed = ZRawServerConfig.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const raw = parsed.data;
  return {
    databaseUrl: raw.DATABASE_URL,
    dataDir: path.resolve(raw.SPANLIGHT_DATA_DIR ?? ".spanlight"),
    postgresDir: path.resolve(raw.SPANLIGHT_POSTGRES_DIR),
    port: raw.PORT,
    hostname: raw.HOSTNAME,
    otlpHttpPort: raw.OTLP_HTTP_PORT,
    otlpGrpcPort: raw.OTLP_GRPC_PORT,
    otlpMaxBodyBytes: raw.OTLP_MAX_BODY_BYTES,
    publicUrl: (raw.SPANLIGHT_PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ""),
    authSecret: raw.SPANLIGHT_AUTH_SECRET,
    init: parseInitConfig(raw),
    trustProxy: raw.SPANLIGHT_TRUST_PROXY === "true" || raw.SPANLIGHT_TRUST_PROXY === "1",
    signInAttemptsPerMinute: raw.SPANLIGHT_SIGNIN_ATTEMPTS_PER_MINUTE,
    feedbackKeyRatePerMinute: raw.SPANLIGHT_FEEDBACK_KEY_RATE_PER_MINUTE,
    signupPolicy: toSignupPolicy(raw.SPANLIGHT_ALLOW_SIGNUP),
    isDevelopment: raw.NODE_ENV === "development",
    logLevel: raw.LOG_LEVEL,
  };
}

function toSignupPolicy(value: "true" | "false" | "1" | "0" | undefined): TSignupPolicy {
  if (value === undefined) return "first-account";
  return value === "true" || value === "1" ? "open" : "closed";
}

function parseInitConfig(raw: z.infer<typeof ZRawServerConfig>): TInitConfig | null {
  const user = { email: raw.SPANLIGHT_INIT_USER_EMAIL, password: raw.SPANLIGHT_INIT_USER_PASSWORD };
  const keys = { publicKey: raw.SPANLIGHT_INIT_PUBLIC_KEY, secretKey: raw.SPANLIGHT_INIT_SECRET_KEY };
  const isAnyGiven = [user.email, user.password, raw.SPANLIGHT_INIT_PROJECT_NAME, keys.publicKey, keys.secretKey].some(
    (value) => value !== undefined,
  );
  if (!isAnyGiven) return null;
  if (!user.email || !user.password) {
    throw new ConfigError(
      "Invalid configuration:\n  SPANLIGHT_INIT_USER_EMAIL and SPANLIGHT_INIT_USER_PASSWORD are both required when any SPANLIGHT_INIT_* variable is set",
    );
  }
  if ((keys.publicKey === undefined) !== (keys.secretKey === undefined)) {
    throw new ConfigError(
      "Invalid configuration:\n  SPANLIGHT_INIT_PUBLIC_KEY and SPANLIGHT_INIT_SECRET_KEY must be given together",
    );
  }
  return {
    userEmail: user.email,
    userPassword: user.password,
    projectName: raw.SPANLIGHT_INIT_PROJECT_NAME ?? "My project",
    keys: keys.publicKey && keys.secretKey ? { publicKey: keys.publicKey, secretKey: keys.secretKey } : null,
  };
}

let cachedConfig: TServerConfig | null = null;

/** The process's configuration, parsed on first use. Server-side only. */
export function getServerConfig(): TServerConfig {
  cachedConfig ??= parseServerConfig(process.env);
  return cachedConfig;
}

/** Tests reset it after they change the environment. */
export function resetServerConfig(): void {
  cachedConfig = null;
}

/**
 * What the boot sequence resolved (the embedded database's URL, the generated session secret) is
 * handed to the rest of the process, Next's route handlers included, through the environment.
 */
export function applyResolvedConfig(resolved: { databaseUrl: string; authSecret: string }): TServerConfig {
  process.env.DATABASE_URL = resolved.databaseUrl;
  process.env.SPANLIGHT_AUTH_SECRET = resolved.authSecret;
  resetServerConfig();
  return getServerConfig();
}
