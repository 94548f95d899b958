import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeJsonTraceRequest } from "../src/otlp/decode-json.ts";
import { decodeProtobufTraceRequest } from "../src/otlp/decode-protobuf.ts";
import { decompressBody } from "../src/otlp/decompress-body.ts";
import type { TOtlpTraceRequest } from "../src/otlp/types.ts";
import type { TFixtureMeta } from "../scripts/capture/write-fixtures.ts";

export const REAL_FIXTURES_DIR = path.resolve(import.meta.dirname, "fixtures/real");

export type TRealFixture = {
  /** File name without extension, e.g. `traceloop-openai-workflow-2`. */
  name: string;
  /** The name without a part number: requests of one recording that were split share it. */
  group: string;
  meta: TFixtureMeta;
  request: TOtlpTraceRequest;
};

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Decodes every recorded request the way the receiver will: undo Content-Encoding, then pick by Content-Type. */
export async function loadRealFixtures(): Promise<TRealFixture[]> {
  const metaFiles = readdirSync(REAL_FIXTURES_DIR).filter((file) => file.endsWith(".meta.json")).sort();
  return Promise.all(
    metaFiles.map(async (metaFile) => {
      const meta = JSON.parse(readFileSync(path.join(REAL_FIXTURES_DIR, metaFile), "utf8")) as TFixtureMeta;
      const isJson = meta.contentType?.includes("json") ?? false;
      const extension = isJson && meta.contentEncoding === null ? "json" : "bin";
      const raw = readFileSync(path.join(REAL_FIXTURES_DIR, `${meta.fixture}.${extension}`));
      const body = await decompressBody(raw, meta.contentEncoding, MAX_BODY_BYTES);
      const request = isJson ? decodeJsonTraceRequest(Buffer.from(body).toString("utf8")) : decodeProtobufTraceRequest(body);
      return { name: meta.fixture, group: meta.fixture.replace(/-\d+$/, ""), meta, request };
    }),
  );
}
