import type { TSpanKindName, TTraceSummary } from "@spanlight/core";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SPAN_KIND_STYLES } from "@/features/trace-detail/lib/span-kind-styles";
import { cn } from "@/lib/utils";
import { formatInteger } from "../lib/format-cells";

// Cells of the trace table. Everything a trace carries is user-supplied: it is rendered as React
// text only, and clipped to one line with the whole value on hover.

const MUTED_DASH = <span className="text-zinc-300">—</span>;

export function EmptyCell() {
  return MUTED_DASH;
}

export function TruncatedText({ text, className }: { text: string | null; className?: string }) {
  if (!text) return MUTED_DASH;
  return (
    <span className={cn("block truncate", className)} title={text}>
      {text}
    </span>
  );
}

export function TraceNameLink({ href, name }: { href: string; name: string | null }) {
  return (
    <Link
      href={href}
      prefetch={false}
      title={name ?? undefined}
      className="block truncate font-medium text-zinc-900 outline-none hover:underline focus-visible:underline"
    >
      {name ?? <span className="font-normal text-zinc-400 italic">Unnamed trace</span>}
    </Link>
  );
}

/** A user or session id, linking to its own page. */
export function EntityLink({ href, value }: { href: string; value: string | null }) {
  if (!value) return MUTED_DASH;
  return (
    <Link
      href={href}
      prefetch={false}
      title={value}
      className="block truncate text-zinc-700 underline-offset-2 outline-none hover:text-brand hover:underline focus-visible:underline"
    >
      {value}
    </Link>
  );
}

/** Tags shown in the cell; the rest are counted, and all of them are in the tooltip. */
const SHOWN_TAGS = 2;

/** Shortest first, so a short tag stays whole and only a long one is clipped. */
/** A trace's tags; each is a button that narrows the list to traces carrying it. */
export function TagBadges({ tags, onSelect }: { tags: string[]; onSelect: (tag: string) => void }) {
  if (tags.length === 0) return MUTED_DASH;
  const shown = [...tags].sort((a, b) => a.length - b.length).slice(0, SHOWN_TAGS);
  const hidden = tags.length - shown.length;
  return (
    <span className="flex min-w-0 items-center gap-1" title={tags.join(", ")}>
      {shown.map((tag, index) => (
        <button
          key={tag}
          type="button"
          aria-label={`Filter by tag ${tag}`}
          onClick={() => onSelect(tag)}
          className={cn(
            "rounded-md outline-none focus-visible:ring-2 focus-visible:ring-brand/30",
            index === 0 ? "max-w-full shrink-0" : "min-w-0 shrink",
          )}
        >
          <Badge tone="brand" className="max-w-full py-0 text-[11px] leading-4 hover:brightness-95">
            <span className="truncate">{tag}</span>
          </Badge>
        </button>
      ))}
      {hidden > 0 ? <span className="shrink-0 text-12 text-zinc-400">+{hidden}</span> : null}
    </span>
  );
}

export function ErrorCountBadge({ count }: { count: number }) {
  if (count === 0) return MUTED_DASH;
  return (
    <Badge tone="danger" hasDot className="py-0 tabular-nums" aria-label={count === 1 ? "1 error" : `${count} errors`}>
      {count}
    </Badge>
  );
}

/** The span kinds in a trace (the trace page's coloured icons), then the models it called. */
export function KindsAndModels({ kinds, models }: { kinds: TSpanKindName[]; models: string[] }) {
  if (kinds.length === 0 && models.length === 0) return MUTED_DASH;
  return (
    <span className="flex min-w-0 items-center gap-1.5">
      <KindIcons kinds={kinds} />
      <ModelChips models={models} />
    </span>
  );
}

function KindIcons({ kinds }: { kinds: TSpanKindName[] }) {
  return (
    <span
      role="img"
      className="flex shrink-0 items-center gap-0.5"
      aria-label={`Span kinds: ${kinds.map((kind) => SPAN_KIND_STYLES[kind].label).join(", ")}`}
    >
      {kinds.map((kind) => {
        const style = SPAN_KIND_STYLES[kind];
        const Icon = style.icon;
        return (
          <span
            key={kind}
            title={style.label}
            className={cn(
              "inline-flex size-[18px] shrink-0 items-center justify-center rounded ring-1 ring-inset",
              style.chipClass,
              style.iconClass,
            )}
          >
            <Icon className="size-3" aria-hidden />
          </span>
        );
      })}
    </span>
  );
}

/** Longer names lose their middle, not their end: "gpt-4o-mini" and "gpt-4o" must stay apart. */
const MODEL_CHIP_MAX_CHARS = 22;

function ModelChips({ models }: { models: string[] }) {
  return (
    <span className="flex min-w-0 gap-1 overflow-hidden">
      {models.map((model) => (
        <span
          key={model}
          title={model}
          aria-label={`Model ${model}`}
          className="shrink-0 rounded border border-zinc-200 bg-zinc-50 px-1.5 font-mono text-[11px] leading-[18px] whitespace-nowrap text-zinc-600"
        >
          {middleTruncate(model, MODEL_CHIP_MAX_CHARS)}
        </span>
      ))}
    </span>
  );
}

/** "anthropic.claude-3-5-sonnet-20241022-v2:0" → "anthropic.cl…41022-v2:0". */
export function middleTruncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const tail = Math.ceil((maxChars - 1) / 2);
  return `${text.slice(0, maxChars - 1 - tail)}…${text.slice(-tail)}`;
}

/** A row's (or all rows') selection checkbox. */
export function SelectBox(props: { label: string; checked: boolean; indeterminate?: boolean; onChange: () => void }) {
  return (
    <input
      type="checkbox"
      aria-label={props.label}
      checked={props.checked}
      ref={(element) => {
        if (element) element.indeterminate = (props.indeterminate ?? false) && !props.checked;
      }}
      onChange={props.onChange}
      onClick={(event) => event.stopPropagation()}
      className="size-3.5 cursor-pointer accent-brand align-middle"
    />
  );
}

export function TokensCell({ trace, text }: { trace: TTraceSummary; text: string }) {
  if (trace.totalTokens === 0) return MUTED_DASH;
  return (
    <span title={`${formatInteger(trace.inputTokens)} in · ${formatInteger(trace.outputTokens)} out`}>{text}</span>
  );
}

/** `name mean` for each score name the view asked for that the trace has. */
export function ScoreMeansCell({ means }: { means: Record<string, number> | undefined }) {
  const entries = Object.entries(means ?? {});
  if (entries.length === 0) return MUTED_DASH;
  return (
    <span className="flex min-w-0 items-center gap-1 overflow-hidden" aria-label="Score means">
      {entries.map(([name, mean]) => (
        <span
          key={name}
          className="shrink-0 rounded bg-zinc-100 px-1.5 text-[11px] text-zinc-700 tabular-nums"
          title={`${name}: mean ${mean}`}
        >
          {name} {Number.isInteger(mean) ? mean : mean.toFixed(2)}
        </span>
      ))}
    </span>
  );
}
