import { postgresPssMb, readMemory } from "./proc-stats.ts";

export type TMemorySamples = { serverRssMb: number[]; postgresPssMb: number[] };

/** Samples the server's RSS every 250 ms and its PostgreSQL's PSS every 2 s until stopped. */
export function sampleMemory(serverPid: number): { stop: () => TMemorySamples } {
  const samples: TMemorySamples = { serverRssMb: [], postgresPssMb: [] };
  const rssTimer = setInterval(() => samples.serverRssMb.push(readMemory(serverPid).rssMb), 250);
  const pssTimer = setInterval(() => samples.postgresPssMb.push(postgresPssMb(serverPid)), 2_000);
  return {
    stop: () => {
      clearInterval(rssTimer);
      clearInterval(pssTimer);
      return samples;
    },
  };
}
