import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensurePostgresGroupDir } from "./postgres-binaries.ts";
import { canRunAsReach, type TRunAs } from "./postgres-user.ts";

/** Written into the data folder when the cluster lives elsewhere, so people (and the next start) find it. */
export const CLUSTER_POINTER_FILE = "pg-location";

/**
 * Where the PostgreSQL cluster of `dataDir` lives. `dataDir/pg` whenever the PostgreSQL user can
 * reach it; as root with the data folder inside a private folder (mode 700 home, `mktemp -d`), a
 * cluster of its own under `stageDir/clusters`, named after the data folder's real path and recorded
 * in `dataDir/pg-location`. The user's own folders are never opened up.
 */
export async function chooseClusterDir(options: {
  dataDir: string;
  stageDir: string;
  runAs: TRunAs;
  onLog: (message: string) => void;
}): Promise<string> {
  const { dataDir, stageDir, runAs } = options;
  const inPlace = path.join(dataDir, "pg");
  if (runAs === null || existsSync(path.join(inPlace, "PG_VERSION"))) return inPlace;

  const pointer = path.join(dataDir, CLUSTER_POINTER_FILE);
  if (existsSync(pointer)) return (await readFile(pointer, "utf8")).trim();

  if (canRunAsReach(runAs, path.dirname(dataDir))) {
    await letPostgresGroupEnter(dataDir, runAs);
    return inPlace;
  }

  const id = createHash("sha256")
    .update(await realpath(dataDir))
    .digest("hex")
    .slice(0, 16);
  const clustersDir = path.join(stageDir, "clusters");
  const elsewhere = path.join(clustersDir, id);
  await ensurePostgresGroupDir(stageDir, runAs);
  await ensurePostgresGroupDir(clustersDir, runAs);
  if (existsSync(elsewhere)) {
    // No pointer, so the data folder that owned this cluster was deleted (and its credentials with
    // it): the cluster cannot be opened any more, and a deleted data folder means a fresh start.
    options.onLog(`Removing ${elsewhere}: the data folder it belonged to was deleted`);
    await rm(elsewhere, { recursive: true, force: true });
  }
  await writeFile(pointer, `${elsewhere}\n`, { mode: 0o600 });
  return elsewhere;
}

/**
 * The data folder is Spanlight's own: the `postgres` group may pass through it (0710, group
 * `postgres`) to its `pg/`; credentials and the session secret beside it stay 0600.
 */
async function letPostgresGroupEnter(dataDir: string, runAs: NonNullable<TRunAs>): Promise<void> {
  if (canRunAsReach(runAs, dataDir)) return;
  const { mode } = await stat(dataDir);
  await chown(dataDir, 0, runAs.gid);
  await chmod(dataDir, (mode & 0o700) | 0o010);
}

/** initdb wants an empty folder owned by the user it runs as, mode 0700. */
export async function prepareEmptyClusterDir(clusterDir: string, runAs: TRunAs): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(clusterDir, runAs.uid, runAs.gid);
  await chmod(clusterDir, 0o700);
}
