// The model prices feature's browser-safe surface. Server pages and routes import `./server/*` directly.
export type {
  TBuiltinModelPrice,
  TModelPriceContract,
  TModelPriceInputContract,
  TRepriceJobContract,
} from "@spanlight/core";
export { BuiltinPricesTable } from "./components/builtin-prices-table";
export { ModelPriceDialog } from "./components/model-price-dialog";
export type { TPriceEditor } from "./components/model-price-dialog";
export { PricingPrecedence } from "./components/pricing-precedence";
export { ProjectPricesTable } from "./components/project-prices-table";
export { RepriceForm } from "./components/reprice-form";
export { RepriceJobsTable } from "./components/reprice-jobs-table";
export { ZModelPriceForm } from "./contracts";
