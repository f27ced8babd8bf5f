import type { LoggerService } from '@nestjs/common';
import pino, { type Logger as Pino, type Level } from 'pino';
import type { LogLevel } from '@pfp/config';

/** One JSON line per entry on stdout, tagged with the process (`api`, `projector`). */
export function createPino(level: LogLevel, app: string): Pino {
  return pino(
    {
      level,
      base: { app },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Request logs must not carry credentials.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    // Synchronous: the last lines of a shutdown are written before the signal ends the process.
    pino.destination({ dest: 1, sync: true }),
  );
}

const looksLikeStack = (value: unknown): value is string => typeof value === 'string' && /\n\s+at /.test(value);

/** Nest's logger calls (`log(message, context)`, `error(message, stack, context)`) written as pino JSON lines. */
export class PinoLoggerService implements LoggerService {
  constructor(readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params, true);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params, true);
  }

  private write(level: Level, message: unknown, params: unknown[], mayHaveStack = false): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    const last = rest[rest.length - 1];
    if (typeof last === 'string' && !looksLikeStack(last) && (rest.length >= 2 || !mayHaveStack || rest.length === 1)) {
      fields.context = rest.pop();
    }
    if (mayHaveStack && (looksLikeStack(rest[0]) || rest[0] === undefined) && rest.length > 0) {
      const stack = rest.shift();
      if (stack) fields.stack = stack;
    }
    if (rest.length > 0) fields.params = rest;
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...(message as object) });
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
