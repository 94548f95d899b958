import { SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type TNoMatchesStateProps = {
  hasFilters: boolean;
  rangeLabel: string;
  onReset: (() => void) | null;
  onWidenRange: (() => void) | null;
};

/** The project has traces, just none in this view: say why and offer the way out. */
export function NoMatchesState({ hasFilters, rangeLabel, onReset, onWidenRange }: TNoMatchesStateProps) {
  return (
    <div className="flex flex-1 items-start justify-center pt-16">
      <EmptyState
        icon={SearchX}
        title={hasFilters ? "No traces match" : `No traces in ${rangeLabel}`}
        description={
          hasFilters
            ? `No trace in ${rangeLabel} matches these filters. Loosen a filter or look further back.`
            : "Traces sent earlier are outside this time range."
        }
        actions={
          <>
            {onReset ? (
              <Button variant="secondary" onClick={onReset}>
                Reset filters
              </Button>
            ) : null}
            {onWidenRange ? (
              <Button variant="ghost" onClick={onWidenRange}>
                Search the last 30 days
              </Button>
            ) : null}
          </>
        }
      />
    </div>
  );
}
