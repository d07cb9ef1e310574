import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../graphql/viewer.decorator.js';

/** Liveness (the process answers) and readiness (the database answers and is fully migrated). */
@Controller('health')
@Public()
export class HealthController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<Record<string, string>> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'ok')
      .catch(() => 'unreachable');
    const migrations =
      database === 'ok'
        ? await this.dataSource
            .showMigrations()
            .then((pending) => (pending ? 'pending' : 'ok'))
            .catch(() => 'unknown')
        : 'unknown';
    const ready = database === 'ok' && migrations === 'ok';
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ok' : 'unavailable', database, migrations };
  }
}
