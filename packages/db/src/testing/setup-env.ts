// Runs in each integration test worker before the tests: points the app's configuration at the
// database the global setup made.
import { resetServerConfig } from "@spanlight/core/server";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
resetServerConfig();
