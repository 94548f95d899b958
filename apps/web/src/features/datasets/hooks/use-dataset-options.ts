"use client";

import { ZDatasetList } from "@spanlight/core";
import type { TDataset } from "@spanlight/core";
import { useCallback, useState } from "react";
import { apiFetch, errorMessage } from "@/lib/api-client/api-fetch";
import { datasetApiPath } from "../lib/dataset-paths";

/** The project's datasets for a picker, loaded when its dialog opens; the first one is chosen. */
export function useDatasetOptions(projectId: string) {
  const [datasets, setDatasets] = useState<TDataset[] | null>(null);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const answer = await apiFetch(datasetApiPath(projectId), { schema: ZDatasetList });
      setDatasets(answer.data);
      setName((current) => current || answer.data[0]?.name || "");
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [projectId]);

  return { datasets, name, setName, error, load };
}
