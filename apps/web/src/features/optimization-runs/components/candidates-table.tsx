import type { TOptimizationCandidate } from "@spanlight/core";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { OutputDiff } from "@/features/experiments";

/** Text for a predictor → value map as sent (instructions, demos); shown as text, never as HTML. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

/**
 * The candidates the optimiser proposed, with their instructions and demos; the winner marked. Each
 * candidate's instructions are diffed against its parent's (GEPA lineage), else the first candidate's.
 */
export function CandidatesTable(props: { candidates: TOptimizationCandidate[]; bestCandidateId: string | null }) {
  const byId = new Map(props.candidates.map((candidate) => [candidate.id, candidate]));
  const first = props.candidates[0];
  const baseOf = (candidate: TOptimizationCandidate) =>
    candidate.parentIds.map((id) => byId.get(id)).find((parent) => parent !== undefined) ?? first;
  return (
    <Table aria-label="Candidates">
      <TableHeader>
        <TableRow>
          <TableHead>Candidate</TableHead>
          <TableHead>Parents</TableHead>
          <TableHead>Instructions</TableHead>
          <TableHead>Demos</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.candidates.map((candidate) => (
          <TableRow key={candidate.id} className="align-top">
            <TableCell className="font-mono text-12 align-top">
              <div className="flex items-center gap-2">
                {candidate.id}
                {candidate.id === props.bestCandidateId ? <Badge tone="success">best</Badge> : null}
              </div>
            </TableCell>
            <TableCell className="font-mono text-12 align-top">{candidate.parentIds.join(", ") || "–"}</TableCell>
            <TableCell className="align-top">
              {baseOf(candidate) === candidate ? (
                <pre className="max-w-md font-mono text-12 break-words whitespace-pre-wrap">
                  {describe(candidate.instructions)}
                </pre>
              ) : (
                <div className="max-w-md">
                  <OutputDiff
                    base={describe(baseOf(candidate)?.instructions)}
                    text={describe(candidate.instructions)}
                    label={`Instructions of ${candidate.id}`}
                    isCaseSensitive
                  />
                </div>
              )}
            </TableCell>
            <TableCell className="align-top">
              <pre className="max-w-xs font-mono text-12 break-words whitespace-pre-wrap">
                {describe(candidate.demos)}
              </pre>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
