"use client";

import { createContext, useContext } from "react";
import { NO_MATCHES } from "./json-search";
import type { TJsonMatches } from "./json-search";

export type TJsonViewerContext = {
  query: string;
  search: TJsonMatches;
  /** Containers shallower than this start open. */
  openDepth: number;
};

export const JsonViewerContext = createContext<TJsonViewerContext>({ query: "", search: NO_MATCHES, openDepth: 1 });

export function useJsonViewer(): TJsonViewerContext {
  return useContext(JsonViewerContext);
}
