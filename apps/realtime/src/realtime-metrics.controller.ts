import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MetricsRegistry } from '#libs/metrics';

/** Prometheus scrapes `GET /metrics` on REALTIME_PORT, beside socket.io (METRICS_TOKEN as on the API). */
@Controller('metrics')
export class RealtimeMetricsController {
  constructor(@Inject(MetricsRegistry) private readonly metrics: MetricsRegistry) {}

  @Get()
  scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.metrics.answer(authorization, response);
  }
}
