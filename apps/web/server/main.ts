// The Spanlight server: configuration → database (embedded or given) → migrations → initial data →
// UI + API on PORT, OTLP/HTTP on OTLP_HTTP_PORT and OTLP/gRPC on OTLP_GRPC_PORT.
import { applyResolvedConfig, ConfigError, getServerConfig } from "@spanlight/core/server";
import { closeDb, getPool, SpanWriter, startJobRunner } from "@spanlight/db";
import { createSpanPricer } from "../src/features/ingestion/server/price-table.ts";
import { resolveAuthSecret } from "./boot/auth-secret.ts";
import { describeStartFailure } from "./boot/describe-start-failure.ts";
import { writeFirstStartCredentials } from "./boot/first-start-credentials.ts";
import { initialise } from "./boot/initialise.ts";
import { prepareDatabase } from "./boot/prepare-database.ts";
import { printWelcome } from "./boot/print-welcome.ts";
import type { TFirstStartNotice } from "./boot/print-welcome.ts";
import { closeServer, startMainServer } from "./http/start-main-server.ts";
import { createLogger } from "./logger.ts";
import { startOtlpGrpcServer, stopGrpcServer } from "./otlp/start-otlp-grpc-server.ts";
import { createOtlpClaim, startOtlpHttpServer } from "./otlp/start-otlp-http-server.ts";

/** Set once PostgreSQL runs, so a start that fails later does not leave it behind. */
let stopDatabaseOnFailure: (() => Promise<void>) | null = null;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const database = await prepareDatabase(config, logger);
  stopDatabaseOnFailure = database.stop;

  const authSecret = await resolveAuthSecret({ configured: config.authSecret, dataDir: config.dataDir });
  const resolved = applyResolvedConfig({ databaseUrl: database.databaseUrl, authSecret });

  const credentials = await initialise(resolved, logger);
  const firstStart: TFirstStartNotice = !credentials
    ? { kind: "none" }
    : process.stdout.isTTY
      ? { kind: "terminal", credentials }
      : {
          kind: "file",
          path: await writeFirstStartCredentials({ dataDir: resolved.dataDir, url: resolved.publicUrl, credentials }),
        };
  // Retention and repricing (and, later, imports) run as pg-boss jobs kept in PostgreSQL.
  const jobs = await startJobRunner({
    connectionString: database.databaseUrl,
    createPricer: createSpanPricer,
    onError: (error) => logger.error({ err: error }, "background job failed"),
    onSwept: (report) => {
      if (report.purgedProjects > 0 || report.projects.length > 0)
        logger.info({ retention: report }, "retention pass done");
    },
  });
  const writer = new SpanWriter({ pool: getPool() });
  const otlp = { writer, maxBodyBytes: resolved.otlpMaxBodyBytes };
  const mainServer = await startMainServer({ config: resolved, claimRequest: createOtlpClaim(otlp) });
  // Port 0 turns the dedicated OTLP listeners off; OTLP/HTTP stays on the main port either way.
  const host = { hostname: resolved.hostname };
  const otlpHttpServer = resolved.otlpHttpPort
    ? await startOtlpHttpServer({ ...otlp, ...host, port: resolved.otlpHttpPort })
    : null;
  const grpcServer = resolved.otlpGrpcPort
    ? await startOtlpGrpcServer({ ...otlp, ...host, port: resolved.otlpGrpcPort })
    : null;
  printWelcome({ config: resolved, firstStart });

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info(`${signal} received: shutting down`);
    // Stop taking requests, let accepted spans commit, then close the database.
    await Promise.all([
      closeServer(mainServer),
      otlpHttpServer ? closeServer(otlpHttpServer) : null,
      grpcServer ? stopGrpcServer(grpcServer) : null,
    ]);
    await Promise.all([writer.drain(), jobs.stop()]);
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

async function failStart(error: unknown): Promise<never> {
  const config = (() => {
    try {
      return getServerConfig();
    } catch {
      return null;
    }
  })();
  console.error(`Spanlight could not start: ${describeStartFailure(error, config)}`);
  await stopDatabaseOnFailure?.().catch(() => {});
  process.exit(1);
}

const onStartException = (error: unknown) => void failStart(error);
// Until the server listens, an error emitted on some event (a spawn, a socket) is a start failure too.
process.on("uncaughtException", onStartException);
main().then(
  () => {
    process.off("uncaughtException", onStartException);
    stopDatabaseOnFailure = null;
  },
  (error: unknown) => void failStart(error),
);
