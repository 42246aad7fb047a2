import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from '../config';

export type { Logger };

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Human-readable lines instead of JSON; by default when stdout is a terminal. */
  readonly pretty?: boolean;
  /** Where lines go (tests capture them); stdout by default. */
  readonly destination?: DestinationStream;
}

/**
 * The process's logger: one JSON object per line (pino), which log collectors parse as they are;
 * in a terminal the same records pretty-printed. Request logs carry `reqId`, `operation`,
 * `durationMs` and `codes`; internal errors carry their unmasked cause (`err`), which never
 * reaches a client.
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'diplomatic-knowledge-graph' },
    // Never log credentials a driver error may echo.
    redact: ['password', '*.password', 'connection.password'],
  };
  if (options.destination) return pino(settings, options.destination);
  if (options.pretty ?? process.stdout.isTTY === true) {
    return pino(settings, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l' }));
  }
  return pino(settings);
}
