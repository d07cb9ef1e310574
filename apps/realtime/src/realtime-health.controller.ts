import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class RealtimeHealthController {
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
