import * as grpc from "@grpc/grpc-js";
import { authenticateApiKey } from "@spanlight/db";
import type { SpanWriter } from "@spanlight/db";
import { decodeProtobufTraceRequest, encodeRetryInfoStatus, TRACE_SERVICE_DEFINITION } from "@spanlight/ingest";
import type { TExportResult } from "@spanlight/ingest";
import { ingestTraceRequest } from "../../src/features/ingestion/server/ingest-trace-request.ts";
import { GRPC, toOtlpFailure } from "./otlp-errors.ts";

/**
 * OTLP/gRPC `TraceService/Export`. grpc-js undoes grpc-encoding (gzip) and refuses messages over the
 * limit with RESOURCE_EXHAUSTED itself; the API key comes in the `authorization` metadata.
 */
export async function startOtlpGrpcServer(options: {
  port: number;
  hostname: string;
  writer: SpanWriter;
  maxBodyBytes: number;
}): Promise<grpc.Server> {
  const server = new grpc.Server({
    "grpc.max_receive_message_length": options.maxBodyBytes,
    "grpc.max_send_message_length": 4 * 1024 * 1024,
  });
  const exportTraces: grpc.handleUnaryCall<Uint8Array, TExportResult> = (call, callback) => {
    void (async () => {
      try {
        const authorization = call.metadata.get("authorization")[0];
        const principal = await authenticateApiKey(typeof authorization === "string" ? authorization : null);
        const request = decodeProtobufTraceRequest(call.request);
        callback(null, await ingestTraceRequest({ projectId: principal.projectId, request, writer: options.writer }));
      } catch (error) {
        callback(toServiceError(error));
      }
    })();
  };
  server.addService(TRACE_SERVICE_DEFINITION as unknown as grpc.ServiceDefinition, { Export: exportTraces });
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`${options.hostname}:${options.port}`, grpc.ServerCredentials.createInsecure(), (error) =>
      error ? reject(error) : resolve(),
    ),
  );
  return server;
}

function toServiceError(error: unknown): Partial<grpc.ServiceError> {
  const failure = toOtlpFailure(error);
  const metadata = new grpc.Metadata();
  if (failure.retryAfterSeconds !== null && failure.grpcCode === GRPC.RESOURCE_EXHAUSTED) {
    const details = encodeRetryInfoStatus({
      code: failure.grpcCode,
      message: failure.message,
      retryDelaySeconds: failure.retryAfterSeconds,
    });
    metadata.set("grpc-status-details-bin", Buffer.from(details));
  }
  return { code: failure.grpcCode, details: failure.message, metadata };
}

export function stopGrpcServer(server: grpc.Server): Promise<void> {
  return new Promise((resolve) => server.tryShutdown(() => resolve()));
}
