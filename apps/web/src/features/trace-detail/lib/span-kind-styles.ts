import type { TSpanKindName } from "@spanlight/core";
import { Binary, Bot, Box, FileSearch, Gauge, Link2, ListOrdered, ShieldCheck, Sparkles, Wrench } from "lucide-react";
import type { LucideIcon } from "lucide-react";

export type TSpanKindStyle = {
  label: string;
  icon: LucideIcon;
  /** Icon colour on white. */
  iconClass: string;
  /** Soft chip behind the icon. */
  chipClass: string;
  /** Timeline bar fill. */
  barClass: string;
};

/** One look per span kind; a Record over the enum, so a new kind fails the compile until it has one. */
export const SPAN_KIND_STYLES: Record<TSpanKindName, TSpanKindStyle> = {
  LLM: {
    label: "LLM",
    icon: Sparkles,
    iconClass: "text-violet-600",
    chipClass: "bg-violet-50 ring-violet-200",
    barClass: "bg-violet-500",
  },
  EMBEDDING: {
    label: "Embedding",
    icon: Binary,
    iconClass: "text-cyan-600",
    chipClass: "bg-cyan-50 ring-cyan-200",
    barClass: "bg-cyan-500",
  },
  CHAIN: {
    label: "Chain",
    icon: Link2,
    iconClass: "text-sky-600",
    chipClass: "bg-sky-50 ring-sky-200",
    barClass: "bg-sky-500",
  },
  TOOL: {
    label: "Tool",
    icon: Wrench,
    iconClass: "text-amber-600",
    chipClass: "bg-amber-50 ring-amber-200",
    barClass: "bg-amber-500",
  },
  RETRIEVER: {
    label: "Retriever",
    icon: FileSearch,
    iconClass: "text-emerald-600",
    chipClass: "bg-emerald-50 ring-emerald-200",
    barClass: "bg-emerald-500",
  },
  RERANKER: {
    label: "Reranker",
    icon: ListOrdered,
    iconClass: "text-teal-600",
    chipClass: "bg-teal-50 ring-teal-200",
    barClass: "bg-teal-500",
  },
  AGENT: {
    label: "Agent",
    icon: Bot,
    iconClass: "text-fuchsia-600",
    chipClass: "bg-fuchsia-50 ring-fuchsia-200",
    barClass: "bg-fuchsia-500",
  },
  GUARDRAIL: {
    label: "Guardrail",
    icon: ShieldCheck,
    iconClass: "text-orange-600",
    chipClass: "bg-orange-50 ring-orange-200",
    barClass: "bg-orange-500",
  },
  EVALUATOR: {
    label: "Evaluator",
    icon: Gauge,
    iconClass: "text-pink-600",
    chipClass: "bg-pink-50 ring-pink-200",
    barClass: "bg-pink-500",
  },
  SPAN: {
    label: "Span",
    icon: Box,
    iconClass: "text-zinc-500",
    chipClass: "bg-zinc-50 ring-zinc-200",
    barClass: "bg-zinc-400",
  },
};
