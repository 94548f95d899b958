import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
let isWasmReady: Promise<void> | null = null;

/**
 * The package's entry imports its `.wasm` file directly, which plain Node ESM cannot load, so the
 * bytes are instantiated here against the JS glue module (docs/ENVIRONMENT.md, "Prisma 7").
 */
function initWasm(): Promise<void> {
  isWasmReady ??= (async () => {
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return isWasmReady;
}

export type TSchemaEngineOptions = {
  databaseUrl: string;
  datamodels?: [string, string][];
  onLog?: (message: string) => void;
};

export type TOpenSchemaEngine = {
  engine: SchemaEngine;
  /** Frees the engine and ends its pool: an open connection would hold the migration advisory lock. */
  close: () => Promise<void>;
};

/** A Prisma schema engine running as WebAssembly, talking to PostgreSQL through the pg driver adapter. */
export async function openSchemaEngine(options: TSchemaEngineOptions): Promise<TOpenSchemaEngine> {
  await initWasm();
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const engine = await bindings.SchemaEngine.new(
    { datamodels: options.datamodels },
    (message: string) => options.onLog?.(message),
    bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await pool.end();
    },
  };
}
