const STEPS = [
  { title: "Cost sent with the span", detail: "A cost the instrumentation reports is kept as it is." },
  {
    title: "This project's prices",
    detail: "Its pattern must match the whole model id, in any case; if two match, the name first A–Z wins.",
  },
  { title: "Built-in prices", detail: "Vendors' list prices for widely used models, below." },
] as const;

/** The order ingestion costs a span in (packages/ingest/src/pricing/price-span.ts), for the people setting prices. */
export function PricingPrecedence() {
  return (
    <section
      aria-labelledby="pricing-precedence-title"
      className="rounded-lg border border-zinc-200 bg-zinc-50/60 px-5 py-4"
    >
      <h2 id="pricing-precedence-title" className="text-13 font-semibold text-zinc-900">
        How a span gets its cost
      </h2>
      <ol className="mt-3 grid gap-4 sm:grid-cols-3">
        {STEPS.map((step, index) => (
          <li key={step.title} className="flex gap-3">
            <span
              aria-hidden
              className="flex size-5 shrink-0 items-center justify-center rounded-full bg-white text-12 font-semibold text-brand ring-1 ring-zinc-200"
            >
              {index + 1}
            </span>
            <div className="flex flex-col gap-0.5">
              <span className="text-13 font-medium text-zinc-800">{step.title}</span>
              <span className="text-12 text-zinc-500">{step.detail}</span>
            </div>
          </li>
        ))}
      </ol>
      <p className="mt-3 border-t border-zinc-200/70 pt-3 text-12 text-zinc-500">
        The first that applies wins; with none, the span has no cost. Each stored span records the price that costed it,
        and a change here reaches new spans within 10 seconds.
      </p>
    </section>
  );
}
