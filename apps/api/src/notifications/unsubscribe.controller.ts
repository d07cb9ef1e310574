import { Controller, Get, Header, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { KIND_NAMES, NotificationPreferences, type UnsubscribeFrom } from '#libs/notifications';
import { Public } from '../graphql/viewer.decorator.js';

const KIND_WORDS: Partial<Record<UnsubscribeFrom, string>> = { ...KIND_NAMES, DIGEST: 'the daily digest' };

/**
 * The unsubscribe link of notification e-mails. GET shows a page with one button (link checkers in mail systems
 * follow links; they must not unsubscribe anyone); POST unsubscribes, and is what mail programs send for RFC 8058's
 * one-click `List-Unsubscribe-Post`.
 */
@Controller('unsubscribe')
@Public()
export class UnsubscribeController {
  constructor(@Inject(NotificationPreferences) private readonly preferences: NotificationPreferences) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  confirm(@Query('token') token: string | undefined): string {
    return page(
      'Stop these e-mails?',
      `<form method="post" action="?token=${encodeURIComponent(token ?? '')}">
<p>You will still see these notifications in Confer; only the e-mails stop.</p>
<button type="submit">Stop these e-mails</button></form>`,
    );
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  async unsubscribe(
    @Query('token') token: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const kind = token ? await this.preferences.unsubscribe(token) : null;
    if (!kind) {
      response.status(400);
      return page('This link does not work', '<p>Change your e-mail settings in Confer instead.</p>');
    }
    return page(
      'Done',
      `<p>You will no longer get ${kind === 'DIGEST' ? '' : 'e-mails for '}${KIND_WORDS[kind] ?? 'these notifications'}. You can change this in your notification settings.</p>`,
    );
  }
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Confer</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; font-size: 18px; max-width: 36em; margin: 3em auto; padding: 0 1em;">
<h1>${title}</h1>${body}</body></html>`;
}
