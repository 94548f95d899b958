import { describe, expect, it } from "vitest";
import {
  deserializeExportResponse,
  encodeExportResponse,
  encodeStatus,
  serializeExportResponse,
} from "./encode-response.ts";
import { OtlpDecodeError } from "./errors.ts";
import { TRACE_SERVICE_DEFINITION } from "./grpc-service.ts";
import { RPC_STATUS } from "./proto-schema.ts";

describe("encodeExportResponse", () => {
  it("answers full success with an empty message", () => {
    expect(encodeExportResponse({ rejectedSpans: 0 }, "protobuf")).toHaveLength(0);
    expect(encodeExportResponse({ rejectedSpans: 0, errorMessage: "" }, "json")).toBe("{}");
  });

  it("reports partial success with rejectedSpans as a decimal string in JSON", () => {
    const json = encodeExportResponse({ rejectedSpans: 2, errorMessage: "2 spans had invalid ids" }, "json");
    expect(JSON.parse(json as string)).toEqual({ partialSuccess: { rejectedSpans: "2", errorMessage: "2 spans had invalid ids" } });
  });

  it("reports partial success in protobuf", () => {
    const bytes = encodeExportResponse({ rejectedSpans: 3, errorMessage: "bad ids" }, "protobuf") as Uint8Array;
    expect(deserializeExportResponse(bytes)).toEqual({ rejectedSpans: 3, errorMessage: "bad ids" });
  });

  it("sends a warning with zero rejected spans when there is a message", () => {
    expect(JSON.parse(encodeExportResponse({ rejectedSpans: 0, errorMessage: "truncated" }, "json") as string)).toEqual({
      partialSuccess: { rejectedSpans: "0", errorMessage: "truncated" },
    });
  });
});

describe("encodeStatus", () => {
  it("encodes google.rpc.Status in both formats", () => {
    expect(JSON.parse(encodeStatus({ code: 3, message: "bad body" }, "json") as string)).toEqual({ code: 3, message: "bad body" });
    const decoded = RPC_STATUS.toObject(RPC_STATUS.decode(encodeStatus({ code: 3, message: "bad body" }, "protobuf") as Uint8Array));
    expect(decoded).toEqual({ code: 3, message: "bad body" });
  });
});

describe("TRACE_SERVICE_DEFINITION", () => {
  it("is the OTLP Export method with byte-passing requests and encoded responses", () => {
    const method = TRACE_SERVICE_DEFINITION.Export;
    expect(method.path).toBe("/opentelemetry.proto.collector.trace.v1.TraceService/Export");
    const raw = Buffer.from([1, 2, 3]);
    expect(method.requestDeserialize(raw)).toBe(raw);
    expect(method.responseDeserialize(method.responseSerialize({ rejectedSpans: 1, errorMessage: "x" }))).toEqual({ rejectedSpans: 1, errorMessage: "x" });
    expect(serializeExportResponse({ rejectedSpans: 0 })).toHaveLength(0);
  });

  it("reports an undecodable response as OtlpDecodeError", () => {
    expect(() => deserializeExportResponse(Buffer.from([0x0a, 0x05]))).toThrow(OtlpDecodeError);
  });
});
