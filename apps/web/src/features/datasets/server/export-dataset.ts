import "server-only";
import type { TDatasetExportQuery, TDatasetItem } from "@spanlight/core";
import { datasetFileType, encodeDataset } from "@spanlight/eval";
import type { TDatasetRecord } from "@spanlight/eval";
import { openDatasetItemStream } from "@spanlight/db";

/**
 * The dataset as a file, streamed: items come from a PostgreSQL cursor and are encoded one at a
 * time, and the stream pulls only when the client reads, so memory stays flat for any size.
 */
export async function exportDataset(options: {
  projectId: string;
  name: string;
  query: TDatasetExportQuery;
}): Promise<Response> {
  const { query } = options;
  const { version, items } = await openDatasetItemStream({ ...options, version: query.version, status: query.status });
  const chunks = encodeDataset(toRecords(items), {
    format: query.format,
    inputKey: query.inputKey,
    outputKey: query.outputKey,
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      // The client went away: returning closes the cursor and releases the connection.
      await chunks.return(undefined);
    },
  });
  const type = datasetFileType(query.format);
  const fileName = `${options.name.replace(/[^\w.-]+/g, "_")}-v${version}.${type.extension}`;
  return new Response(body, {
    headers: {
      "content-type": type.mediaType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "x-dataset-version": String(version),
      "cache-control": "no-store",
    },
  });
}

async function* toRecords(items: AsyncIterable<TDatasetItem>): AsyncGenerator<TDatasetRecord> {
  for await (const item of items)
    yield {
      id: item.id,
      input: item.input,
      expectedOutput: item.expectedOutput,
      metadata: item.metadata,
      sourceTraceId: item.sourceTraceId,
      sourceSpanId: item.sourceSpanId,
    };
}
