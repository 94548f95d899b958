export type { TBuiltinModelPrice, TModelPriceContract, TModelPriceInputContract } from "@spanlight/core";
