import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { TMetricsState } from "../hooks/use-metrics";

type TMetricCardProps = {
  title: string;
  /** The card's total with its unit, beside the title. */
  headline?: string;
  description: ReactNode;
  state: Pick<TMetricsState, "isLoading" | "isRefreshing" | "error">;
  /** What the card shows when the window has nothing for it. */
  isEmpty?: boolean;
  emptyText?: string;
  /** The body's fixed height: the skeleton and the chart take the same room, so nothing jumps. */
  bodyClassName?: string;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
};

/** One dashboard card: title, total, a chart or table, and its loading, error and empty states. */
export function MetricCard(props: TMetricCardProps) {
  const { state } = props;
  return (
    <Card aria-label={props.title} aria-busy={state.isLoading || state.isRefreshing} className={props.className}>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <CardTitle>{props.title}</CardTitle>
          <CardDescription>{props.description}</CardDescription>
        </div>
        <div className="flex shrink-0 items-center gap-3">
          {props.actions}
          {props.headline !== undefined && !state.isLoading ? (
            <span className="text-lg font-semibold text-zinc-900 tabular-nums" data-testid="card-headline">
              {props.headline}
            </span>
          ) : null}
        </div>
      </CardHeader>
      <CardContent className={cn("h-60", props.bodyClassName)}>
        {state.isLoading ? (
          <div className="size-full animate-pulse rounded-md bg-zinc-100" data-testid="chart-skeleton" />
        ) : state.error ? (
          <p role="alert" className="text-13 text-red-600">
            {state.error}
          </p>
        ) : props.isEmpty ? (
          <div className="flex size-full items-center justify-center text-13 text-zinc-500">
            {props.emptyText ?? "Nothing in this window."}
          </div>
        ) : (
          <div className={cn("size-full transition-opacity", state.isRefreshing && "opacity-60")}>{props.children}</div>
        )}
      </CardContent>
    </Card>
  );
}
