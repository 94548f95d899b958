import { Server, ServerCredentials } from "@grpc/grpc-js";
import type { sendUnaryData, ServerUnaryCall } from "@grpc/grpc-js";
import type { TExportResult } from "../../src/otlp/encode-response.ts";
import { TRACE_SERVICE_DEFINITION } from "../../src/otlp/grpc-service.ts";
import { redactHeaders } from "./captured-request.ts";
import type { TCapturedRequest } from "./captured-request.ts";

export type TGrpcCaptureServer = { url: string; captured: TCapturedRequest[]; close: () => Promise<void> };

/**
 * An OTLP/gRPC TraceService on 127.0.0.1 built on our own TRACE_SERVICE_DEFINITION, so recording also
 * proves the definition works with grpc-js. Requests arrive as raw bytes (the definition does not
 * deserialize), which is exactly what a fixture should hold.
 */
export async function startGrpcCaptureServer(): Promise<TGrpcCaptureServer> {
  const captured: TCapturedRequest[] = [];
  const server = new Server();
  server.addService(TRACE_SERVICE_DEFINITION, {
    Export: (call: ServerUnaryCall<Uint8Array, TExportResult>, callback: sendUnaryData<TExportResult>) => {
      const metadata = call.metadata.getMap();
      const headers = Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, String(value)]));
      captured.push({
        transport: "grpc",
        method: "POST",
        path: call.getPath(),
        contentType: "application/grpc",
        // grpc-js has already undone any per-message grpc-encoding: the bytes below are plain protobuf.
        contentEncoding: null,
        headers: redactHeaders(headers),
        body: Buffer.from(call.request),
      });
      callback(null, { rejectedSpans: 0 });
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    ),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    captured,
    close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
}
