/**
 * Structured logging without personal data: callers pass an event name and a small set of
 * scalar fields. Free text (answers, names, e-mail addresses) has no place here; the
 * field names are restricted so that a careless `log(…, { text })` does not compile.
 */
type LogField =
  | "code"
  | "correlationId"
  | "activityType"
  | "verb"
  | "status"
  | "durationMs"
  | "count"
  | "attempt"
  | "container"
  | "route"
  | "reason"
  | "component"
  | "url";
type LogFields = Partial<Record<LogField, string | number | boolean>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

type LogLevel = "info" | "warn" | "error";

/** Where a finished line goes; the level lets a sink keep the severity (Application Insights). */
export type LogSink = (line: string, level: LogLevel) => void;

/** A JSON-lines logger; the sink is injected so tests can capture every line. */
export function createLogger(sink: LogSink = (line) => process.stdout.write(`${line}\n`)): Logger {
  const write = (level: LogLevel, event: string, fields: LogFields = {}) =>
    sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }), level);
  return {
    info: (event, fields) => write("info", event, fields),
    warn: (event, fields) => write("warn", event, fields),
    error: (event, fields) => write("error", event, fields),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
