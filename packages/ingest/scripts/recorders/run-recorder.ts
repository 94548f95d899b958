import type { TRecorderContext } from "./recorder-context.ts";

/**
 * Child-process entry: runs one recorder with the context given as JSON in argv[2]. Each recorder
 * runs in its own process because every library under test installs global OpenTelemetry state
 * (tracer provider, context manager, patched `openai` prototypes) that would leak into the next one.
 */
type TRecorderModule = { record: (context: TRecorderContext) => Promise<void> };

const context = JSON.parse(process.argv[2] ?? "{}") as TRecorderContext;
const recorderModule = (await import(`./${context.recorder}.ts`)) as TRecorderModule;
await recorderModule.record(context);
// Some SDKs keep timers or sockets open after shutdown; the parent only needs the exports, which are done.
process.exit(0);
