// The Spanlight server: configuration → database (embedded or given) → migrations → initial data →
// UI + API on PORT, OTLP/HTTP on OTLP_HTTP_PORT and OTLP/gRPC on OTLP_GRPC_PORT.
import { ConfigError, getServerConfig, resetServerConfig } from "@spanlight/core/server";
import { closeDb } from "@spanlight/db";
import { resolveAuthSecret } from "./boot/auth-secret.ts";
import { initialise } from "./boot/initialise.ts";
import { prepareDatabase } from "./boot/prepare-database.ts";
import { printWelcome } from "./boot/print-welcome.ts";
import { closeServer, startMainServer } from "./http/start-main-server.ts";
import { createLogger } from "./logger.ts";

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const database = await prepareDatabase(config, logger);

  // What the boot resolved is handed to the app (and to Next's route handlers, which read the
  // configuration themselves) through the environment, then the configuration is read again.
  process.env.DATABASE_URL = database.databaseUrl;
  process.env.SPANLIGHT_AUTH_SECRET = await resolveAuthSecret({ configured: config.authSecret, dataDir: config.dataDir });
  resetServerConfig();
  const resolved = getServerConfig();

  const firstStart = await initialise(resolved, logger);
  const mainServer = await startMainServer({ config: resolved, claimRequest: () => false });
  printWelcome({ config: resolved, firstStart });

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info(`${signal} received: shutting down`);
    await closeServer(mainServer);
    await closeDb();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

function readConfig() {
  try {
    return getServerConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error("Spanlight could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
