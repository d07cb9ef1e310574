import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MetricsRegistry } from '#libs/metrics';
import { Public } from '../graphql/viewer.decorator.js';

/**
 * Prometheus scrapes `GET /metrics`. Open like /health (no member signs in to it): deployments keep it off the
 * public internet (the proxy does not route it) or set METRICS_TOKEN, which it then requires as a bearer token.
 */
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(@Inject(MetricsRegistry) private readonly metrics: MetricsRegistry) {}

  @Get()
  scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    return this.metrics.answer(authorization, response);
  }
}
