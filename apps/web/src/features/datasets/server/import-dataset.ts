import "server-only";
import { BadRequestError } from "@spanlight/core";
import type { TDatasetImportQuery } from "@spanlight/core";
import { findDataset, writeDatasetItems } from "@spanlight/db";
import type { TDatasetItemWrite } from "@spanlight/db";
import { decodeDataset } from "@spanlight/eval/streams";
import { itemSchemaChecker } from "./check-item-schemas";

/**
 * Imports a file streamed from the request body as one version, all or nothing: items are decoded
 * and written batch by batch inside one transaction, and the first bad line (or an item that fails
 * the dataset's schemas) throws, which rolls back everything written so far.
 */
export async function importDataset(options: {
  projectId: string;
  name: string;
  query: TDatasetImportQuery;
  body: ReadableStream<Uint8Array> | null;
}): Promise<{ added: number; version: number }> {
  if (!options.body) throw new BadRequestError("The body is empty: send the file as the request body");
  const dataset = await findDataset(options);
  const check = itemSchemaChecker(dataset);
  const { query } = options;
  const records = decodeDataset(options.body as unknown as AsyncIterable<Uint8Array>, {
    format: query.format,
    inputKey: query.inputKey,
    outputKey: query.outputKey,
    inputKeys: query.inputKeys
      ?.split(",")
      .map((key) => key.trim())
      .filter(Boolean),
  });
  async function* items(): AsyncGenerator<TDatasetItemWrite> {
    let index = 0;
    for await (const record of records) {
      index += 1;
      check(record, `item ${index}`);
      yield { ...record, status: "active", feedbackScoreIds: [], correctionScoreId: null };
    }
  }
  const result = await writeDatasetItems({
    projectId: options.projectId,
    datasetName: options.name,
    reason: "import",
    items: items(),
  });
  return { added: result.added + result.changed, version: result.version };
}
