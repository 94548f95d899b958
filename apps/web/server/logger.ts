import pino from "pino";

export type TLogger = pino.Logger;

export function createLogger(level: string): TLogger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
