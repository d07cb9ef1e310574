import { Module, type DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Mailer } from './mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

@Module({})
export class MailModule {
  static forRoot(options: { smtpUrl: string | undefined; from: string }): DynamicModule {
    const { smtpUrl, from } = options;
    return {
      module: MailModule,
      global: true,
      providers: [
        {
          provide: Mailer,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource): Mailer =>
            smtpUrl ? new SmtpMailer(smtpUrl, from) : new OutboxMailer(dataSource),
        },
      ],
      exports: [Mailer],
    };
  }
}
