import type { TModelPriceContract } from "@spanlight/core";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Time } from "@/components/ui/relative-time";

/** When a price applies, by span start: from its effective date until it is retired. */
export function PricePeriod({ price }: { price: TModelPriceContract }) {
  return (
    <div className="flex flex-col gap-0.5 whitespace-nowrap">
      <span>
        from <Time iso={price.effectiveFrom} format="date" />
      </span>
      {price.retiredAt ? (
        <span className="flex items-center gap-1.5 text-zinc-500">
          until <Time iso={price.retiredAt} format="date" />
          <Badge tone="warning">Retired</Badge>
        </span>
      ) : (
        <span className="text-zinc-500">no end</span>
      )}
    </div>
  );
}

/** How many spans the price costed, linking to the trace list filtered by its model. */
export function CoveredSpans({
  projectId,
  price,
  spans,
}: {
  projectId: string;
  price: TModelPriceContract;
  spans: number;
}) {
  const href = `/project/${encodeURIComponent(projectId)}/traces?model=${encodeURIComponent(price.modelName)}`;
  return (
    <Link
      href={href}
      className="text-12 text-zinc-500 tabular-nums hover:text-brand-strong hover:underline"
      aria-label={`Traces of ${price.modelName}`}
    >
      {spans.toLocaleString("en-US")} {spans === 1 ? "span" : "spans"} costed
    </Link>
  );
}
