import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger as Pino } from 'pino';

/**
 * One line per request when it ends: method, path, status, time; `info`, and `error` from status 500. A client that
 * went away before the answer is `info` too (a browser leaving a page does it; nothing failed here). Nothing of the
 * request is read unless the line is written: pino-http built a child logger per request, serialising and redacting
 * every header, even with `LOG_LEVEL=warn` (about 9% of an API process's CPU on a bare GraphQL request, bench:search
 * BENCH_QUERY=floor). Headers are never logged, so there are no credentials to redact.
 */
export function requestLog(logger: Pino, ignore: (req: IncomingMessage) => boolean = () => false) {
  let sequence = 0;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const started = performance.now();
    const id = ++sequence;
    const ended = (completed: boolean) => {
      res.removeListener('finish', onFinish);
      res.removeListener('close', onClose);
      const level = completed && res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level) || (level === 'info' && ignore(req))) return;
      logger[level](
        {
          reqId: id,
          req: { method: req.method, url: (req as { originalUrl?: string }).originalUrl ?? req.url, remoteAddress: req.socket.remoteAddress },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        completed ? 'request completed' : 'request aborted',
      );
    };
    const onFinish = () => ended(true);
    const onClose = () => ended(res.writableFinished);
    res.once('finish', onFinish);
    res.once('close', onClose);
    next();
  };
}
