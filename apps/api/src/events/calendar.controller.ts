import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { CalendarService } from '#libs/events';
import { NotFoundError } from '#libs/errors';
import { Public } from '../graphql/viewer.decorator.js';

/**
 * Calendar files for calendar programs (which send no bearer token): one event's public details, and a member's
 * personal feed behind its secret address (`me { calendarFeedUrl }`).
 */
@Controller()
@Public()
export class CalendarController {
  constructor(@Inject(CalendarService) private readonly calendars: CalendarService) {}

  @Get('events/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  eventFile(@Param('file') file: string): Promise<string> {
    return this.calendars.eventFile(icsName(file));
  }

  @Get('calendar/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    return this.calendars.feed(icsName(file));
  }
}

/** `<name>.ics` → name; anything else is not a calendar we serve. */
function icsName(file: string): string {
  if (!file.endsWith('.ics')) throw new NotFoundError('That calendar');
  return file.slice(0, -'.ics'.length);
}
