import { Controller, Get, Header, Res } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import type { Response } from 'express';
import { Metrics } from './metrics';

@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly projections: Projections,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() res: Response): Promise<void> {
    // lag is measured at scrape time from the checkpoint table, so the API reports it too when a projector runs them
    const lag = await this.projections.lag().catch(() => []);
    for (const l of lag) {
      this.metrics.consumerLagEvents.set({ consumer: l.name }, l.events);
      this.metrics.consumerLagSeconds.set({ consumer: l.name }, l.seconds);
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
