import { promisify } from "node:util";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { decompressBody } from "./decompress-body.ts";
import { OtlpBodyTooLargeError, OtlpDecodeError, OtlpUnsupportedEncodingError } from "./errors.ts";

const BODY = Buffer.from(JSON.stringify({ resourceSpans: [] }).repeat(50));
const LIMIT = 64 * 1024 * 1024;

/** 100 MB of zeros gzipped in 1 MB slices, so the test itself never holds the expanded bomb. */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = zlib.createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    gzip.on("end", resolve);
    gzip.on("error", reject);
  });
  const slice = Buffer.alloc(1024 * 1024);
  for (let index = 0; index < megabytes; index++) gzip.write(slice);
  gzip.end();
  await finished;
  return Buffer.concat(chunks);
}

describe("decompressBody", () => {
  it("passes identity bodies through, whatever the case or absence of the header", async () => {
    for (const encoding of [null, "", "identity", " Identity "]) {
      expect(await decompressBody(BODY, encoding, LIMIT)).toBe(BODY);
    }
  });

  it("inflates gzip and both flavours of deflate", async () => {
    expect(Buffer.from(await decompressBody(zlib.gzipSync(BODY), "gzip", LIMIT))).toEqual(BODY);
    expect(Buffer.from(await decompressBody(zlib.gzipSync(BODY), "GZIP", LIMIT))).toEqual(BODY);
    expect(Buffer.from(await decompressBody(zlib.deflateSync(BODY), "deflate", LIMIT))).toEqual(BODY);
    expect(Buffer.from(await decompressBody(zlib.deflateRawSync(BODY), "deflate", LIMIT))).toEqual(BODY);
  });

  it("returns an empty body as is even when it claims gzip", async () => {
    expect((await decompressBody(new Uint8Array(), "gzip", LIMIT)).byteLength).toBe(0);
  });

  it("rejects an unknown encoding with OtlpUnsupportedEncodingError", async () => {
    await expect(decompressBody(BODY, "br", LIMIT)).rejects.toBeInstanceOf(OtlpUnsupportedEncodingError);
    await expect(decompressBody(BODY, "gzip, br", LIMIT)).rejects.toThrow(/unsupported content encoding "gzip, br"/);
  });

  it("rejects corrupt or truncated data with OtlpDecodeError", async () => {
    await expect(decompressBody(BODY, "gzip", LIMIT)).rejects.toBeInstanceOf(OtlpDecodeError);
    const gzipped = zlib.gzipSync(BODY);
    await expect(decompressBody(gzipped.subarray(0, gzipped.length - 10), "gzip", LIMIT)).rejects.toThrow(/^body: invalid gzip data/);
    await expect(decompressBody(Buffer.from("not deflate at all"), "deflate", LIMIT)).rejects.toBeInstanceOf(OtlpDecodeError);
  });

  it("rejects bodies over the limit, before and after inflating", async () => {
    await expect(decompressBody(BODY, null, BODY.length - 1)).rejects.toBeInstanceOf(OtlpBodyTooLargeError);
    await expect(decompressBody(zlib.gzipSync(BODY), "gzip", BODY.length - 1)).rejects.toBeInstanceOf(OtlpBodyTooLargeError);
    expect((await decompressBody(zlib.gzipSync(BODY), "gzip", BODY.length)).byteLength).toBe(BODY.length);
    await expect(decompressBody(zlib.gzipSync(BODY), "gzip", 0)).rejects.toBeInstanceOf(OtlpBodyTooLargeError);
  });

  it("stops a 100 MB gzip bomb at the limit quickly, without expanding it all", async () => {
    const bomb = await gzipBomb(100);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const startedAt = performance.now();
    await expect(decompressBody(bomb, "gzip", 1024 * 1024)).rejects.toBeInstanceOf(OtlpBodyTooLargeError);
    const elapsedMs = performance.now() - startedAt;
    const grownBytes = process.memoryUsage().arrayBuffers - before;
    // Measured on the 2-core machine: inflating all 100 MB took ~600 ms and left ~105 MB of buffers;
    // stopping at the limit took ~11 ms and ~1 MB.
    expect(elapsedMs).toBeLessThan(250);
    expect(grownBytes).toBeLessThan(32 * 1024 * 1024);
  });

  it("stops a bomb sent as deflate the same way", async () => {
    const bomb = await promisify(zlib.deflate)(Buffer.alloc(20 * 1024 * 1024));
    await expect(decompressBody(bomb, "deflate", 1024 * 1024)).rejects.toBeInstanceOf(OtlpBodyTooLargeError);
  });
});
