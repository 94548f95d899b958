import { deserializeExportResponse } from "@spanlight/ingest";
import protobuf from "protobufjs";
import type { TOtlpAnswer } from "./otlp-test-receivers.ts";

/**
 * Readers for what the receiver answers, written against the wire formats rather than our encoders:
 * google.rpc.Status (with google.rpc.RetryInfo in an Any) and ExportTraceServiceResponse.
 */
const RPC_TYPES = protobuf.Root.fromJSON({
  nested: {
    Status: {
      fields: {
        code: { type: "int32", id: 1 },
        message: { type: "string", id: 2 },
        details: { rule: "repeated", type: "Any", id: 3 },
      },
    },
    Any: { fields: { typeUrl: { type: "string", id: 1 }, value: { type: "bytes", id: 2 } } },
    RetryInfo: { fields: { retryDelay: { type: "Duration", id: 1 } } },
    Duration: { fields: { seconds: { type: "int64", id: 1 }, nanos: { type: "int32", id: 2 } } },
  },
});

type TDecodedStatus = { code?: number; message?: string; details?: { typeUrl?: string; value?: Uint8Array }[] };

function decodeStatus(bytes: Uint8Array): TDecodedStatus {
  const type = RPC_TYPES.lookupType("Status");
  return type.toObject(type.decode(bytes), { defaults: true }) as TDecodedStatus;
}

export type TRpcStatusBody = { code: number; message: string };

/** The google.rpc.Status body of a failed OTLP/HTTP answer, decoded by its own Content-Type. */
export function rpcStatusOf(answer: TOtlpAnswer): TRpcStatusBody {
  if (isJson(answer)) {
    const parsed = JSON.parse(answer.body.toString("utf8")) as TRpcStatusBody;
    return { code: parsed.code, message: parsed.message };
  }
  const status = decodeStatus(answer.body);
  return { code: status.code ?? 0, message: status.message ?? "" };
}

/** The partial_success of a 200 answer (zeros when the body is empty or `{}`). */
export function exportResultOf(answer: TOtlpAnswer): { rejectedSpans: number; errorMessage: string } {
  if (!isJson(answer)) return deserializeExportResponse(answer.body);
  const parsed = JSON.parse(answer.body.toString("utf8")) as {
    partialSuccess?: { rejectedSpans?: string; errorMessage?: string };
  };
  return {
    rejectedSpans: Number(parsed.partialSuccess?.rejectedSpans ?? 0),
    errorMessage: parsed.partialSuccess?.errorMessage ?? "",
  };
}

/** The RetryInfo delay carried by a gRPC `grpc-status-details-bin` value, or null when there is none. */
export function retryDelaySecondsOf(statusDetailsBin: Uint8Array): number | null {
  const retryInfoType = RPC_TYPES.lookupType("RetryInfo");
  const detail = decodeStatus(statusDetailsBin).details?.find(
    (any) => any.typeUrl === "type.googleapis.com/google.rpc.RetryInfo",
  );
  if (!detail?.value) return null;
  const retryInfo = retryInfoType.toObject(retryInfoType.decode(detail.value), { longs: Number }) as {
    retryDelay?: { seconds?: number };
  };
  return retryInfo.retryDelay?.seconds ?? null;
}

function isJson(answer: TOtlpAnswer): boolean {
  return (answer.contentType ?? "").startsWith("application/json");
}
