import { ZModelPriceIdParam, ZRepriceJobParam } from "@spanlight/core";
import { JSON_BODY } from "./public-operations";
import type { TOperation } from "./public-operations";

/** Cost management (issue 10): retiring a price and repricing past spans as a background job. */
export const COST_OPERATIONS: TOperation[] = [
  {
    method: "post",
    path: "/api/public/model-prices/{priceId}/retire",
    operationId: "retireModelPrice",
    summary: "End a price's period (now unless `retiredAt`): spans starting from then on use the next matching price",
    tag: "Model prices",
    params: ZModelPriceIdParam,
    body: [{ contentType: "application/json", schema: "RetireModelPrice" }],
    success: { status: 200, description: "The price", content: JSON_BODY("ModelPrice") },
  },
  {
    method: "post",
    path: "/api/public/model-prices/reprice",
    operationId: "startReprice",
    summary:
      "Recompute the cost of past spans that started in [from, to) (optionally one model) with the prices in effect at each span's start, as a background job; trace rollups follow. Reported costs are kept",
    tag: "Model prices",
    body: [{ contentType: "application/json", schema: "RepriceRequest" }],
    success: { status: 200, description: "The queued job", content: JSON_BODY("RepriceStarted") },
  },
  {
    method: "get",
    path: "/api/public/model-prices/reprice/{jobId}",
    operationId: "getReprice",
    summary: "A reprice job's state and progress (spans processed of total, spans whose cost changed)",
    tag: "Model prices",
    params: ZRepriceJobParam,
    success: { status: 200, description: "The job", content: JSON_BODY("RepriceJob") },
  },
  {
    method: "delete",
    path: "/api/public/model-prices/reprice/{jobId}",
    operationId: "cancelReprice",
    summary: "Cancel a reprice job; the batch in flight still commits, so costs and rollups stay consistent",
    tag: "Model prices",
    params: ZRepriceJobParam,
    success: {
      status: 200,
      description: "The job, cancelled unless it had finished",
      content: JSON_BODY("RepriceJob"),
    },
  },
];
