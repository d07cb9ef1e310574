import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CONFIG, type Config } from '#libs/config';
import { Public } from '../graphql/viewer.decorator.js';
import { realtimeOriginFor } from './realtime-origin.js';

/** What the web app needs to know at start that the build cannot: where the realtime service is. */
export interface WebAppConfig {
  realtimeUrl: string;
}

@Controller()
@Public()
export class AppConfigController {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Get('app-config.json')
  @Header('Cache-Control', 'no-cache')
  appConfig(@Req() request: Request): WebAppConfig {
    return { realtimeUrl: realtimeOriginFor(this.config, request) };
  }
}
