import { readFileSync } from "node:fs";
import os from "node:os";

export type TMachineInfo = {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  kernel: string;
  node: string;
  loadAverage: string;
};

export function readMachineInfo(): TMachineInfo {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const memTotalKb = Number(/^MemTotal:\s+(\d+) kB/m.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? 0);
  return {
    cores: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    memoryGb: Math.round((memTotalKb / 1024 / 1024) * 10) / 10,
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" / "),
  };
}
