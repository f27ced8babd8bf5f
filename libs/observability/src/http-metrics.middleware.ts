import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Lifecycle } from './lifecycle';
import { Metrics, routeLabel } from './metrics';

/** Times every request, counts it in flight, and refuses new ones (503) once draining. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(
    private readonly metrics: Metrics,
    private readonly lifecycle: Lifecycle,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const route = routeLabel(req.originalUrl ?? req.url);
    if (this.lifecycle.draining && !route.startsWith('/health')) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      res.status(503).json({ message: 'This instance is shutting down; retry on another one.' });
      return;
    }
    const started = process.hrtime.bigint();
    const finished = this.lifecycle.requestStarted();
    const record = () => {
      finished();
      this.metrics.httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
    };
    res.once('finish', record);
    res.once('close', finished);
    next();
  }
}
