import pino, { type Logger } from 'pino';

/** Structured JSON logs on stderr (stdout stays for command output such as --json). */
export function createLogger(level: string, name = 'disclosure-graph'): Logger {
  return pino({ name, level }, pino.destination({ fd: 2, sync: true }));
}
