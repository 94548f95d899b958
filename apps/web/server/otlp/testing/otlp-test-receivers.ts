import type http from "node:http";
import type { AddressInfo } from "node:net";
import type * as grpc from "@grpc/grpc-js";
import type { SpanWriter } from "@spanlight/db";
import { findFreePort } from "@spanlight/db/embedded";
import { encodeProtobufTraceRequest } from "@spanlight/ingest";
import { startOtlpGrpcServer, stopGrpcServer } from "../start-otlp-grpc-server.ts";
import { startOtlpHttpServer } from "../start-otlp-http-server.ts";
import { agentTrace, requestOf } from "./genai-trace.ts";

/** Large enough for every fixture and test body; tests of the limit start their own receiver. */
export const TEST_MAX_BODY_BYTES = 4 * 1024 * 1024;

export type THttpReceiver = { port: number; close: () => Promise<void> };
export type TGrpcReceiver = { address: string; close: () => Promise<void> };

/** The OTLP/HTTP server on an OS-chosen port of 127.0.0.1. */
export async function startHttpReceiver(options: {
  writer: SpanWriter;
  maxBodyBytes?: number;
}): Promise<THttpReceiver> {
  const server = await startOtlpHttpServer({
    writer: options.writer,
    maxBodyBytes: options.maxBodyBytes ?? TEST_MAX_BODY_BYTES,
    port: 0,
    hostname: "127.0.0.1",
  });
  return { port: (server.address() as AddressInfo).port, close: () => closeHttpServer(server) };
}

/** The OTLP/gRPC server on a free port (grpc-js does not report the port it bound to through our starter). */
export async function startGrpcReceiver(options: {
  writer: SpanWriter;
  maxBodyBytes?: number;
}): Promise<TGrpcReceiver> {
  const port = await findFreePort();
  const server: grpc.Server = await startOtlpGrpcServer({
    writer: options.writer,
    maxBodyBytes: options.maxBodyBytes ?? TEST_MAX_BODY_BYTES,
    port,
    hostname: "127.0.0.1",
  });
  return { address: `127.0.0.1:${port}`, close: () => stopGrpcServer(server) };
}

function closeHttpServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export type TOtlpPost = {
  body: Uint8Array | string;
  /** null sends no Content-Type at all. */
  contentType: string | null;
  contentEncoding?: string;
  /** null sends no Authorization header. */
  authorization: string | null;
  path?: string;
  /** Send the body in 16 KiB chunks without a Content-Length (Transfer-Encoding: chunked). */
  isChunked?: boolean;
};

export type TOtlpAnswer = { status: number; contentType: string | null; retryAfter: string | null; body: Buffer };

/** One POST to the receiver, answered in full. */
export async function postOtlp(receiver: THttpReceiver, post: TOtlpPost): Promise<TOtlpAnswer> {
  const headers: Record<string, string> = {};
  if (post.contentType !== null) headers["content-type"] = post.contentType;
  if (post.contentEncoding !== undefined) headers["content-encoding"] = post.contentEncoding;
  if (post.authorization !== null) headers.authorization = post.authorization;
  // A Buffer body, never a string: fetch would add "text/plain" to a string body without a Content-Type.
  // (Two calls because Buffer.from has no overload taking the union.)
  const bytes = typeof post.body === "string" ? Buffer.from(post.body) : Buffer.from(post.body);
  const body = post.isChunked ? chunkedStream(bytes) : bytes;
  const response = await fetch(`http://127.0.0.1:${receiver.port}${post.path ?? "/v1/traces"}`, {
    method: "POST",
    headers,
    body,
    // Required by fetch for a streamed request body.
    ...(post.isChunked ? { duplex: "half" } : {}),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    retryAfter: response.headers.get("retry-after"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function chunkedStream(bytes: Buffer): ReadableStream<Uint8Array> {
  const CHUNK_BYTES = 16 * 1024;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK_BYTES));
      offset += CHUNK_BYTES;
    },
  });
}

/** A valid protobuf trace (agent → chat): the "is it still serving?" probe sent after every failure. */
export function postGoodTrace(receiver: THttpReceiver, authorization: string): Promise<TOtlpAnswer> {
  return postOtlp(receiver, {
    body: encodeProtobufTraceRequest(requestOf(agentTrace().spans)),
    contentType: "application/x-protobuf",
    authorization,
  });
}
