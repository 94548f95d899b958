import type { TCalibration } from "@spanlight/core";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatPercent, formatStatistic } from "../lib/format-statistic";
import { CalibrationTrend } from "./calibration-trend";
import { ConfusionHeatmap } from "./confusion-heatmap";
import { StatTiles } from "./stat-tiles";

type TCalibrationViewProps = {
  projectId: string;
  scoreNames: string[];
  picked: { a: string; b: string; aAuthorId: string };
  calibration: TCalibration | null;
};

/**
 * Judge calibration: the judge's score (side a, optionally one version = authorId) against the
 * people's (side b). Confusion heatmap, accuracy and kappa (correlations for numeric scores)
 * overall, per judge version and per day, and the worst disagreements to open.
 */
export function CalibrationView({ projectId, scoreNames, picked, calibration }: TCalibrationViewProps) {
  const comparison = calibration?.comparison ?? null;
  const isNumeric = comparison?.dataType === "NUMERIC";
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-5 p-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-lg font-semibold text-zinc-900">Judge calibration</h1>
        <p className="text-13 text-zinc-600">
          Does your automated judge agree with people? Pick the judge&apos;s score and the human score.
        </p>
      </header>
      <Card>
        <CardContent className="py-4">
          <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Pick scores">
            <NameField id="calibration-a" name="a" label="Judge score" value={picked.a} />
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="calibration-version">Judge version</Label>
              <select
                id="calibration-version"
                name="aAuthorId"
                defaultValue={picked.aAuthorId}
                className="h-8 rounded-md border border-zinc-200 bg-white px-2 text-13"
              >
                <option value="">All versions</option>
                {(calibration?.authors ?? []).map((author) => (
                  <option key={author} value={author}>
                    {author}
                  </option>
                ))}
              </select>
            </div>
            <NameField id="calibration-b" name="b" label="Human score" value={picked.b} />
            <Button type="submit">Compare</Button>
            <datalist id="score-names">
              {scoreNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </form>
        </CardContent>
      </Card>

      {comparison ? (
        <>
          <StatTiles
            label="Judge against people"
            tiles={
              isNumeric
                ? [
                    { label: "Targets", value: String(comparison.n) },
                    { label: "Pearson r", value: formatStatistic(comparison.pearson) },
                    { label: "Spearman ρ", value: formatStatistic(comparison.spearman) },
                    { label: "Mean abs. error", value: formatStatistic(comparison.meanAbsoluteError) },
                  ]
                : [
                    { label: "Targets", value: String(comparison.n) },
                    { label: "Accuracy", value: formatPercent(comparison.accuracy) },
                    { label: "Cohen's κ", value: formatStatistic(comparison.cohenKappa) },
                    { label: "Labels", value: String(comparison.confusion.labels.length) },
                  ]
            }
          />
          <div className="grid gap-5 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Confusion matrix</CardTitle>
                <CardDescription>Rows: the judge&apos;s value. Columns: the people&apos;s.</CardDescription>
              </CardHeader>
              <CardContent>
                <ConfusionHeatmap {...comparison.confusion} aLabel="judge" bLabel="human" />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Per judge version</CardTitle>
                <CardDescription>Side a split by author, each against the people.</CardDescription>
              </CardHeader>
              <Table aria-label="Per judge version">
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead className="px-4">Version</TableHead>
                    <TableHead className="px-4 text-right">Targets</TableHead>
                    <TableHead className="px-4 text-right">{isNumeric ? "Pearson r" : "Accuracy"}</TableHead>
                    <TableHead className="px-4 text-right">Cohen&apos;s κ</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {comparison.byAuthor.map((author) => (
                    <TableRow key={author.authorId}>
                      <TableCell className="h-10 px-4 font-mono text-12">{author.authorId}</TableCell>
                      <TableCell className="px-4 text-right tabular-nums">{author.n}</TableCell>
                      <TableCell className="px-4 text-right tabular-nums">
                        {isNumeric ? formatStatistic(author.pearson) : formatPercent(author.accuracy)}
                      </TableCell>
                      <TableCell className="px-4 text-right tabular-nums">
                        {formatStatistic(author.cohenKappa)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
          </div>
          <Card>
            <CardHeader>
              <CardTitle>Over time</CardTitle>
              <CardDescription>Per day of the judge&apos;s scores.</CardDescription>
            </CardHeader>
            <CardContent>
              <CalibrationTrend points={calibration?.overTime ?? []} isNumeric={isNumeric} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Worst disagreements</CardTitle>
              <CardDescription>
                {isNumeric ? "Largest differences first." : "Where the judge and the people differ."}
              </CardDescription>
            </CardHeader>
            {comparison.worst.length === 0 ? (
              <CardContent>
                <p className="text-13 text-zinc-500">None: the judge agrees with the people everywhere.</p>
              </CardContent>
            ) : (
              <Table aria-label="Worst disagreements">
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead className="px-4">Trace</TableHead>
                    <TableHead className="px-4">Judge</TableHead>
                    <TableHead className="px-4">Human</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {comparison.worst.map((entry) => (
                    <TableRow key={`${entry.traceId}-${entry.spanId}`}>
                      <TableCell className="h-10 px-4">
                        {entry.traceId ? (
                          <Link
                            href={`/project/${encodeURIComponent(projectId)}/traces/${encodeURIComponent(entry.traceId)}`}
                            className="font-mono text-12 text-zinc-700 hover:text-brand hover:underline"
                          >
                            {entry.traceId}
                            {entry.spanId ? ` / ${entry.spanId}` : ""}
                          </Link>
                        ) : (
                          "–"
                        )}
                      </TableCell>
                      <TableCell className="px-4 tabular-nums">{String(entry.a)}</TableCell>
                      <TableCell className="px-4 tabular-nums">{String(entry.b)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Card>
        </>
      ) : (
        <p className="text-13 text-zinc-500">Pick a judge score and a human score to compare them.</p>
      )}
    </div>
  );
}

function NameField({ id, name, label, value }: { id: string; name: string; label: string; value: string }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        list="score-names"
        defaultValue={value}
        placeholder="score name"
        className="w-56"
        required
      />
    </div>
  );
}
