import { pino, type Logger } from "pino";

/** JSON lines on stdout (pino); `err` fields are serialised with their stack for the logs only. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "corpus-gateway" } });
}
