import { NotFoundError } from "@spanlight/core";
import type { TDatasetItem, TDatasetItemStatus } from "@spanlight/core";
import { getPool } from "../client.ts";
import { asOfSql, findDatasetRef, ITEM_COLUMNS, toDatasetItem } from "./dataset-rows.ts";
import type { TItemRow } from "./dataset-rows.ts";

// Rows per FETCH: 200 items of a few KB keep the buffer near a megabyte; 10 MB items are rare.
const FETCH_ROWS = 200;

/**
 * Resolves the dataset and version first (so a 404 is answered before a stream starts), then gives a
 * generator that reads the items in id order through a PostgreSQL cursor, FETCH_ROWS at a time: memory
 * stays flat however large the dataset. Stopping the generator (a client that went away) closes it.
 */
export async function openDatasetItemStream(options: {
  projectId: string;
  name: string;
  version?: number;
  status: TDatasetItemStatus | "all";
}): Promise<{ version: number; items: AsyncGenerator<TDatasetItem> }> {
  const dataset = await findDatasetRef(options);
  const version = options.version ?? dataset.latestVersion;
  if (version > dataset.latestVersion) {
    throw new NotFoundError(`No version ${version}: the latest is ${dataset.latestVersion}`);
  }
  return { version, items: streamItems({ datasetId: dataset.id, version, status: options.status }) };
}

async function* streamItems(options: {
  datasetId: string;
  version: number;
  status: TDatasetItemStatus | "all";
}): AsyncGenerator<TDatasetItem> {
  const client = await getPool().connect();
  let isOpen = false;
  try {
    await client.query("BEGIN READ ONLY");
    isOpen = true;
    const status = options.status === "all" ? "" : "AND status = $3";
    const params =
      options.status === "all"
        ? [options.datasetId, options.version]
        : [options.datasetId, options.version, options.status];
    await client.query(
      `DECLARE dataset_export NO SCROLL CURSOR FOR
         SELECT ${ITEM_COLUMNS} FROM dataset_item WHERE dataset_id = $1 AND ${asOfSql("$2")} ${status} ORDER BY id`,
      params,
    );
    for (;;) {
      const batch = await client.query<TItemRow>(`FETCH ${FETCH_ROWS} FROM dataset_export`);
      for (const row of batch.rows) yield toDatasetItem(row);
      if (batch.rows.length < FETCH_ROWS) break;
    }
    await client.query("COMMIT");
    isOpen = false;
  } finally {
    if (isOpen) await client.query("ROLLBACK").catch(() => {});
    client.release();
  }
}
