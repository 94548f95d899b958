import * as grpc from "@grpc/grpc-js";
import { TRACE_SERVICE_DEFINITION } from "@spanlight/ingest";
import type { TExportResult } from "@spanlight/ingest";

/**
 * A raw OTLP/gRPC client: the request is sent as the bytes given (TRACE_SERVICE_DEFINITION's
 * serializer passes them through), so tests can send garbage an SDK never would.
 */
export type TGrpcOutcome = {
  code: grpc.status;
  details: string;
  metadata: grpc.Metadata | null;
  result: Required<TExportResult> | null;
};

export type TGrpcExportClient = {
  exportTraces: (body: Uint8Array, options: { authorization: string | null }) => Promise<TGrpcOutcome>;
  close: () => void;
};

const { Export } = TRACE_SERVICE_DEFINITION;

export function createGrpcExportClient(address: string, options: { isGzip?: boolean } = {}): TGrpcExportClient {
  // grpc-js compression algorithms: 0 identity, 1 deflate, 2 gzip.
  const channelOptions: grpc.ChannelOptions = options.isGzip ? { "grpc.default_compression_algorithm": 2 } : {};
  const client = new grpc.Client(address, grpc.credentials.createInsecure(), channelOptions);
  return {
    exportTraces: (body, { authorization }) =>
      new Promise((resolve) => {
        const metadata = new grpc.Metadata();
        if (authorization !== null) metadata.set("authorization", authorization);
        client.makeUnaryRequest(
          Export.path,
          Export.requestSerialize,
          Export.responseDeserialize,
          body,
          metadata,
          { deadline: Date.now() + 30_000 },
          (error, result) => {
            if (error) resolve({ code: error.code, details: error.details, metadata: error.metadata, result: null });
            else resolve({ code: grpc.status.OK, details: "", metadata: null, result: result ?? null });
          },
        );
      }),
    close: () => client.close(),
  };
}
