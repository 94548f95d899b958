"use client";

import type { TSpan } from "@spanlight/core";
import type { ReactNode } from "react";
import { formatCost, formatCostPrecise, formatInteger } from "../lib/format";
import { useModelPrice } from "../hooks/use-model-price";
import type { TPriceUsed } from "../hooks/use-model-price";
import { PanelSection } from "./panel-section";

type TUsageCostProps = {
  projectId: string;
  span: TSpan;
  subtree: { tokens: number; costUsd: number; spanCount: number };
};

/** Token counts, the cost split, and where the cost came from: the instrumentation, or which price. */
export function UsageCost({ projectId, span, subtree }: TUsageCostProps) {
  const price = useModelPrice(projectId, span.costSource === "price" ? span.priceId : null);
  return (
    <PanelSection title="Tokens & cost">
      <div className="grid grid-cols-2 gap-2">
        <dl className="rounded-md border border-zinc-200 px-3 py-2 text-13">
          <Row label="Input">{tokens(span.inputTokens)}</Row>
          <Row label="Cache read" isSub>
            {tokens(span.cacheReadTokens)}
          </Row>
          <Row label="Cache write" isSub>
            {tokens(span.cacheWriteTokens)}
          </Row>
          <Row label="Output">{tokens(span.outputTokens)}</Row>
          <Row label="Reasoning" isSub>
            {tokens(span.reasoningTokens)}
          </Row>
          <Row label="Total" isStrong>
            {tokens(span.totalTokens)}
          </Row>
        </dl>
        <dl className="rounded-md border border-zinc-200 px-3 py-2 text-13">
          <Row label="Input cost">{usd(span.inputCostUsd)}</Row>
          <Row label="Output cost">{usd(span.outputCostUsd)}</Row>
          <Row label="Total cost" isStrong>
            {usd(span.costUsd)}
          </Row>
          {subtree.spanCount > 1 ? (
            <>
              <Row label={`With ${formatInteger(subtree.spanCount - 1)} descendants`}>
                {formatCost(subtree.costUsd)}
              </Row>
              <Row label="Tokens with descendants" isSub>
                {formatInteger(subtree.tokens)}
              </Row>
            </>
          ) : null}
        </dl>
      </div>
      <p className="text-12 text-zinc-500" data-testid="cost-source">
        <CostSource span={span} price={price} />
      </p>
    </PanelSection>
  );
}

function CostSource({ span, price }: { span: TSpan; price: TPriceUsed | null }) {
  switch (span.costSource) {
    case "provided":
      return <>Cost provided by the instrumentation.</>;
    case "price":
      if (!price) return <>Priced from model price {span.priceId ?? "(unknown)"}.</>;
      return (
        <>
          Priced from <span className="font-medium text-zinc-700">{price.modelName}</span> (
          {price.source === "project" ? "project price" : "built-in price"}
          {price.asOf ? `, as of ${price.asOf}` : ""}): {perMillion(price.inputPerMTok)} input /{" "}
          {perMillion(price.outputPerMTok)} output per 1M tokens.
        </>
      );
    case "none":
      return <>No cost: {span.model ? `no price matches the model “${span.model}”.` : "the span names no model."}</>;
    default: {
      const exhaustive: never = span.costSource;
      return exhaustive;
    }
  }
}

function Row({
  label,
  children,
  isSub = false,
  isStrong = false,
}: {
  label: string;
  children: ReactNode;
  isSub?: boolean;
  isStrong?: boolean;
}) {
  return (
    <div
      className={
        isStrong ? "mt-1 flex justify-between border-t border-zinc-100 pt-1 font-medium" : "flex justify-between py-px"
      }
    >
      <dt className={isSub ? "pl-3 text-12 text-zinc-400" : "text-zinc-500"}>{label}</dt>
      <dd className="text-zinc-800 tabular-nums">{children}</dd>
    </div>
  );
}

function perMillion(usd: number): string {
  return `$${usd.toFixed(Math.max(2, String(usd).split(".")[1]?.length ?? 0))}`;
}

function tokens(value: number | null): string {
  return value === null ? "–" : formatInteger(value);
}

function usd(value: number | null): string {
  return value === null ? "–" : formatCostPrecise(value);
}
