"use client";

import type { TRunComparison } from "@spanlight/core";
import { useState } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SearchX } from "lucide-react";
import { comparedScoreNames, selectCompareItems } from "../lib/compare-rows";
import type { TCompareSort, TDifferenceFilter } from "../lib/compare-rows";
import { ChoiceToggle } from "./choice-toggle";
import { CompareItemCard } from "./compare-item-card";

const FILTER_CHOICES = [
  { value: "all", label: "All" },
  { value: "worse", label: "Worse" },
  { value: "better", label: "Better" },
  { value: "changed", label: "Changed" },
] as const satisfies readonly { value: TDifferenceFilter; label: string }[];

const SORT_CHOICES = [
  { value: "item", label: "Item" },
  { value: "difference-asc", label: "Biggest drop" },
  { value: "difference-desc", label: "Biggest gain" },
] as const satisfies readonly { value: TCompareSort; label: string }[];

/**
 * Runs side by side per item. Differences are the last run's score minus the first's, so "Worse"
 * answers "where did B get worse than A".
 */
export function CompareView(props: { projectId: string; runNames: string[]; comparison: TRunComparison }) {
  const { runNames } = props;
  const scoreNames = comparedScoreNames(props.comparison.items);
  const [scoreName, setScoreName] = useState(scoreNames[0] ?? "");
  const [filter, setFilter] = useState<TDifferenceFilter>("all");
  const [sort, setSort] = useState<TCompareSort>("item");
  const rows = selectCompareItems({ items: props.comparison.items, runNames, scoreName, filter, sort });
  const first = runNames[0];
  const last = runNames.at(-1);
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <CardContent className="flex flex-wrap items-center gap-x-5 gap-y-3 py-3">
          <label className="flex items-center gap-2 text-12 text-zinc-500">
            Score
            <Select value={scoreName} onValueChange={setScoreName} disabled={scoreNames.length === 0}>
              <SelectTrigger className="w-40" aria-label="Score">
                <SelectValue placeholder="No scores" />
              </SelectTrigger>
              <SelectContent>
                {scoreNames.map((name) => (
                  <SelectItem key={name} value={name}>
                    {name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </label>
          <div className="flex items-center gap-2 text-12 text-zinc-500">
            Show
            <ChoiceToggle label="Show items" choices={FILTER_CHOICES} value={filter} onChange={setFilter} />
          </div>
          <div className="flex items-center gap-2 text-12 text-zinc-500">
            Sort
            <ChoiceToggle label="Sort items" choices={SORT_CHOICES} value={sort} onChange={setSort} />
          </div>
          <p className="ml-auto text-12 text-zinc-500">
            Difference: <span className="font-medium text-zinc-800">{last}</span> −{" "}
            <span className="font-medium text-zinc-800">{first}</span> · {rows.length} of{" "}
            {props.comparison.items.length} items
          </p>
        </CardContent>
      </Card>
      {rows.length === 0 ? (
        <Card>
          <EmptyState icon={SearchX} title="No items match" description="No item has that difference in this score." />
        </Card>
      ) : (
        rows.map(({ item, difference }) => (
          <CompareItemCard
            key={item.datasetItemId}
            projectId={props.projectId}
            item={item}
            runNames={runNames}
            scoreName={scoreName}
            difference={difference}
          />
        ))
      )}
    </div>
  );
}
