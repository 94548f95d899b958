import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** Linux reports process CPU time in clock ticks; USER_HZ is 100 on every x86-64 and arm64 kernel. */
const TICKS_PER_SECOND = 100;

export type TMemory = { rssMb: number; peakRssMb: number };

/** VmRSS and VmHWM (the peak) of one process, in MB. */
export function readMemory(pid: number): TMemory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/** Proportional set size in MB: shared memory (PostgreSQL's shared buffers) counted once over processes. */
export function readPssMb(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) / 1024;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

type TProcStat = { pid: number; ppid: number; name: string; cpuSeconds: number; reapedChildrenCpuSeconds: number };

function readProcStat(pid: number): TProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The name sits in parentheses and may contain spaces; the fields after it are fixed.
    const close = text.lastIndexOf(")");
    const name = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    // utime, stime, then cutime, cstime: what children that have exited and been waited for used.
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number) as [number, number, number, number];
    return {
      pid,
      ppid: Number(fields[1]),
      name,
      cpuSeconds: (utime + stime) / TICKS_PER_SECOND,
      reapedChildrenCpuSeconds: (cutime + cstime) / TICKS_PER_SECOND,
    };
  } catch {
    return null;
  }
}

function allProcesses(): TProcStat[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcStat(Number(entry)))
    .filter((stat): stat is TProcStat => stat !== null);
}

/** The descendants of `rootPid` (not the root itself). */
export function descendantsOf(rootPid: number): TProcStat[] {
  const processes = allProcesses();
  const found: TProcStat[] = [];
  const parents = new Set([rootPid]);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const proc of processes) {
      if (parents.has(proc.ppid) && !parents.has(proc.pid)) {
        parents.add(proc.pid);
        found.push(proc);
        isGrowing = true;
      }
    }
  }
  return found;
}

export type TCpuSnapshot = {
  at: number;
  machineBusySeconds: number;
  serverSeconds: number;
  postgresSeconds: number;
  benchSeconds: number;
};

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
  // user nice system idle iowait irq softirq steal: idle and iowait are the only not-busy ones.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by the Spanlight process, its PostgreSQL (postmaster and backends), this
 * load generator, and the machine as a whole; the difference between two snapshots says who used
 * the cores during a phase, and how much other work on the machine took.
 */
export function snapshotCpu(serverPid: number): TCpuSnapshot {
  const server = readProcStat(serverPid);
  const postgres = descendantsOf(serverPid).filter((proc) => proc.name.startsWith("postgres"));
  const bench = process.cpuUsage();
  return {
    at: performance.now(),
    machineBusySeconds: machineBusySeconds(),
    serverSeconds: server?.cpuSeconds ?? 0,
    // A backend that has exited (a closed connection) lives on in its postmaster's children's time.
    postgresSeconds: postgres.reduce((total, proc) => total + proc.cpuSeconds + proc.reapedChildrenCpuSeconds, 0),
    benchSeconds: (bench.user + bench.system) / 1e6,
  };
}

export type TCpuUse = {
  wallSeconds: number;
  serverCores: number;
  postgresCores: number;
  benchCores: number;
  otherCores: number;
  serverCpuSeconds: number;
  postgresCpuSeconds: number;
};

/** Average cores used between two snapshots, per party. */
export function cpuBetween(before: TCpuSnapshot, after: TCpuSnapshot): TCpuUse {
  const wallSeconds = (after.at - before.at) / 1000;
  const serverCpuSeconds = after.serverSeconds - before.serverSeconds;
  const postgresCpuSeconds = after.postgresSeconds - before.postgresSeconds;
  const benchCpuSeconds = after.benchSeconds - before.benchSeconds;
  const machine = after.machineBusySeconds - before.machineBusySeconds;
  const other = Math.max(0, machine - serverCpuSeconds - postgresCpuSeconds - benchCpuSeconds);
  return {
    wallSeconds,
    serverCores: serverCpuSeconds / wallSeconds,
    postgresCores: postgresCpuSeconds / wallSeconds,
    benchCores: benchCpuSeconds / wallSeconds,
    otherCores: other / wallSeconds,
    serverCpuSeconds,
    postgresCpuSeconds,
  };
}

/** Total PSS of the PostgreSQL processes under the server, in MB. */
export function postgresPssMb(serverPid: number): number {
  return descendantsOf(serverPid)
    .filter((proc) => proc.name.startsWith("postgres"))
    .reduce((total, proc) => total + readPssMb(proc.pid), 0);
}

/** Other `turbo run build` / `next build` processes (someone else building this checkout). */
export function otherBuildsRunning(ownPids: ReadonlySet<number>, checkoutDir?: string): string[] {
  return (
    allProcesses()
      .filter((proc) => !ownPids.has(proc.pid))
      // Other checkouts' builds slow the machine (the quiet-machine wait covers that) but cannot race
      // this one's apps/web/.next: only builds running in this checkout are waited for.
      .filter((proc) => checkoutDir === undefined || cwdOf(proc.pid).startsWith(checkoutDir))
      .map((proc) => {
        try {
          return readFileSync(`/proc/${proc.pid}/cmdline`, "utf8").replaceAll("\u0000", " ").trim();
        } catch {
          return "";
        }
      })
      .filter((command) => /turbo(\.js)? run build|next[- ]build|npm run build/.test(command))
  );
}

function cwdOf(pid: number): string {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return "";
  }
}
