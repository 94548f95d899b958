import protobuf from "protobufjs";

const RETRY_INFO_TYPE_URL = "type.googleapis.com/google.rpc.RetryInfo";

/**
 * The `grpc-status-details-bin` value for a RESOURCE_EXHAUSTED answer: a google.rpc.Status carrying
 * google.rpc.RetryInfo. OTLP/gRPC exporters retry RESOURCE_EXHAUSTED only when RetryInfo is present,
 * and wait the delay it gives. Encoded field by field: three tiny messages need no schema.
 */
export function encodeRetryInfoStatus(options: { code: number; message: string; retryDelaySeconds: number }): Uint8Array {
  const { Writer } = protobuf;
  const duration = Writer.create().uint32(8).int64(options.retryDelaySeconds).finish();
  const retryInfo = Writer.create().uint32(10).bytes(duration).finish();
  const any = Writer.create().uint32(10).string(RETRY_INFO_TYPE_URL).uint32(18).bytes(retryInfo).finish();
  return Writer.create().uint32(8).int32(options.code).uint32(18).string(options.message).uint32(26).bytes(any).finish();
}
