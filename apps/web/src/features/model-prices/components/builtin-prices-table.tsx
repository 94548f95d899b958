"use client";

import type { TBuiltinModelPrice, TModelPriceContract } from "@spanlight/core";
import { ExternalLink, Search } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { compileMatchPattern } from "../match-pattern";
import { PatternText } from "./pattern-text";
import { RATE_COLUMN_COUNT, RateCells, RateGroupHead, RateHeadRow } from "./price-columns";

type TBuiltinPricesTableProps = {
  builtin: TBuiltinModelPrice[];
  /** The project's own prices, to mark the built-in rows they take precedence over. */
  prices: TModelPriceContract[];
  /** Absent for people who cannot change prices. */
  actions: { onOverride: (row: TBuiltinModelPrice) => void; onEdit: (price: TModelPriceContract) => void } | null;
};

type TBuiltinRow = { row: TBuiltinModelPrice; overriddenBy: TModelPriceContract | null };

const PROVIDER_LABELS: Record<string, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  mistral: "Mistral",
  groq: "Groq",
  together: "Together AI",
  deepseek: "DeepSeek",
};

// `asOf` is a calendar date; formatting it in UTC keeps it from moving a day west of Greenwich.
const AS_OF = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function BuiltinPricesTable({ builtin, prices, actions }: TBuiltinPricesTableProps) {
  const [query, setQuery] = useState("");
  const rows = useMemo(() => markOverrides(builtin, prices), [builtin, prices]);
  const shown = useMemo(() => filterRows(rows, query), [rows, query]);

  return (
    <>
      <div className="flex items-center justify-between gap-4 border-b border-zinc-100 px-5 py-3">
        <div className="relative w-full max-w-sm">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-zinc-400"
            aria-hidden
          />
          <Input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Search models or providers, or paste a model id"
            aria-label="Search built-in prices"
            className="pl-8"
          />
        </div>
        <span className="shrink-0 text-12 text-zinc-500" role="status">
          {shown.length === rows.length ? `${rows.length} models` : `${shown.length} of ${rows.length} models`}
        </span>
      </div>
      <Table aria-label="Built-in model prices">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead rowSpan={2} className="px-3">
              Model
            </TableHead>
            <TableHead rowSpan={2} className="px-3">
              Provider
            </TableHead>
            <RateGroupHead />
            <TableHead rowSpan={2} className="px-3">
              Source
            </TableHead>
            {actions ? <TableHead rowSpan={2} className="w-0 px-3" aria-label="Actions" /> : null}
          </TableRow>
          <RateHeadRow />
        </TableHeader>
        <TableBody>
          {shown.map(({ row, overriddenBy }) => (
            <TableRow key={row.id} data-model-name={row.modelName}>
              <TableCell className="max-w-52 px-3 py-2">
                <div className="flex items-center gap-2">
                  <span className="min-w-0 truncate font-medium text-zinc-900" title={row.modelName}>
                    {row.modelName}
                  </span>
                  {overriddenBy ? (
                    <Badge
                      tone="brand"
                      title={`Your price “${overriddenBy.modelName}” matches this model and is tried first`}
                    >
                      Overridden
                    </Badge>
                  ) : null}
                </div>
                <PatternText pattern={row.matchPattern} className="mt-0.5 text-zinc-400" />
              </TableCell>
              <TableCell className="px-3 whitespace-nowrap">{PROVIDER_LABELS[row.provider] ?? row.provider}</TableCell>
              <RateCells rates={row} />
              <TableCell className="px-3 py-2 whitespace-nowrap">
                <a
                  href={row.source}
                  title={row.source}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="inline-flex items-center gap-1 text-zinc-700 underline-offset-4 hover:text-brand hover:underline"
                >
                  {siteOf(row.source)}
                  <ExternalLink className="size-3" aria-hidden />
                </a>
                <div className="mt-0.5 text-12 text-zinc-500">
                  as of <time dateTime={row.asOf}>{AS_OF.format(new Date(row.asOf))}</time>
                </div>
              </TableCell>
              {actions ? (
                <TableCell className="px-3 text-right">
                  {overriddenBy ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Edit override of ${row.modelName}`}
                      onClick={() => actions.onEdit(overriddenBy)}
                    >
                      Edit override
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Override ${row.modelName}`}
                      onClick={() => actions.onOverride(row)}
                    >
                      Override
                    </Button>
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
          {shown.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={3 + RATE_COLUMN_COUNT + (actions ? 1 : 0)} className="h-24 text-center text-zinc-500">
                No built-in price matches “{query.trim()}”.{actions ? " Add a price of your own for it above." : ""}
              </TableCell>
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
    </>
  );
}

/** `https://platform.openai.com/docs/pricing` → `openai.com`: the whole address is in the link's title. */
function siteOf(url: string): string {
  return new URL(url).hostname.split(".").slice(-2).join(".");
}

/** A project price whose pattern takes this model's name is tried first, so the built-in row is shadowed. */
function markOverrides(builtin: TBuiltinModelPrice[], prices: TModelPriceContract[]): TBuiltinRow[] {
  const patterns = prices.flatMap((price) => {
    const pattern = compileMatchPattern(price.matchPattern);
    return pattern ? [{ price, pattern }] : [];
  });
  return builtin.map((row) => ({
    row,
    overriddenBy: patterns.find(({ pattern }) => pattern.test(row.modelName))?.price ?? null,
  }));
}

/** By name or provider, or by a full model id as spans carry it (`openai/gpt-4o-2024-08-06`). */
function filterRows(rows: TBuiltinRow[], query: string): TBuiltinRow[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter(({ row }) => {
    const provider = (PROVIDER_LABELS[row.provider] ?? row.provider).toLowerCase();
    if (row.modelName.toLowerCase().includes(needle) || provider.includes(needle)) return true;
    return compileMatchPattern(row.matchPattern)?.test(query.trim()) ?? false;
  });
}
