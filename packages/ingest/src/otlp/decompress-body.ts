import { constants as bufferConstants } from "node:buffer";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { OtlpBodyTooLargeError, OtlpDecodeError, OtlpUnsupportedEncodingError } from "./errors.ts";

type TInflate = (buffer: Uint8Array, options: zlib.ZlibOptions) => Promise<Buffer>;

const gunzip: TInflate = promisify(zlib.gunzip);
const inflate: TInflate = promisify(zlib.inflate);
const inflateRaw: TInflate = promisify(zlib.inflateRaw);

/**
 * "deflate" in HTTP means zlib-wrapped data (RFC 9110), but some clients send a raw deflate stream.
 * A zlib stream starts with a CMF byte declaring method 8 and a window of at most 32 KiB, and the
 * first two bytes read as a big-endian number are a multiple of 31.
 */
function hasZlibHeader(bytes: Uint8Array): boolean {
  const [cmf, flg] = bytes;
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function pickInflater(encoding: string, bytes: Uint8Array): TInflate | null {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return gunzip;
    case "deflate":
      return hasZlibHeader(bytes) ? inflate : inflateRaw;
    default:
      return null;
  }
}

/**
 * Undoes a Content-Encoding (identity, gzip, deflate) with a limit on the decompressed size.
 * Node's `maxOutputLength` stops the inflating stream as soon as its output passes the limit, so a
 * gzip bomb costs at most `maxBytes` plus one output chunk of memory, not its full expansion.
 * Throws OtlpUnsupportedEncodingError, OtlpBodyTooLargeError or OtlpDecodeError (corrupt data).
 */
export async function decompressBody(
  bytes: Uint8Array,
  encoding: string | null,
  maxBytes: number,
): Promise<Uint8Array> {
  const name = (encoding ?? "").trim().toLowerCase();
  const isIdentity = name === "" || name === "identity";
  const inflater = isIdentity ? null : pickInflater(name, bytes);
  if (!isIdentity && inflater === null) throw new OtlpUnsupportedEncodingError(encoding ?? "");
  if (inflater === null || bytes.byteLength === 0) {
    // An empty body needs no inflating; some clients send zero bytes with a gzip header.
    if (bytes.byteLength > maxBytes) throw new OtlpBodyTooLargeError(maxBytes);
    return bytes;
  }
  const output = await runInflater(inflater, bytes, { maxBytes, encoding: name });
  if (output.byteLength > maxBytes) throw new OtlpBodyTooLargeError(maxBytes);
  return output;
}

async function runInflater(
  inflater: TInflate,
  bytes: Uint8Array,
  { maxBytes, encoding }: { maxBytes: number; encoding: string },
): Promise<Buffer> {
  try {
    // maxOutputLength must lie in [1, MAX_LENGTH]; a limit of 0 is enforced by the caller's length check.
    const maxOutputLength = Math.min(bufferConstants.MAX_LENGTH, Math.max(1, Math.floor(maxBytes)));
    return await inflater(bytes, { maxOutputLength });
  } catch (error) {
    if (isErrorWithCode(error, "ERR_BUFFER_TOO_LARGE")) throw new OtlpBodyTooLargeError(maxBytes);
    const reason = error instanceof Error ? error.message : String(error);
    throw new OtlpDecodeError(`body: invalid ${encoding} data (${reason})`, { cause: error });
  }
}

function isErrorWithCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
