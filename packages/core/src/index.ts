export { canAssignRole, canRole, PROJECT_ACTIONS, PROJECT_ROLES } from "./access/roles.ts";
export type { TProjectAction, TProjectRole } from "./access/roles.ts";
export {
  AppError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RetryLaterError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "./errors/app-errors.ts";
export { ZChatMessage, ZSpan, ZSpanKind, ZToolCall, ZTraceDetail, ZTraceIdParam, ZTraceSummary } from "./contracts/traces.ts";
export type { TChatMessageContract, TSpan, TSpanKindName, TTraceDetail, TTraceSummary } from "./contracts/traces.ts";
export { ZBuiltinModelPrice, ZModelPrice, ZModelPriceIdParam, ZModelPriceInput } from "./contracts/model-prices.ts";
export type { TBuiltinModelPrice, TModelPriceContract, TModelPriceInputContract } from "./contracts/model-prices.ts";
