import { Module, type DynamicModule } from '@nestjs/common';
import { DailyDigest } from './daily-digest.js';
import { NotificationDelivery } from './notification-delivery.js';
import { NotificationMailer } from './notification-mailer.js';
import { NotificationPreferences } from './notification-preferences.js';
import { NotificationService } from './notification.service.js';
import { NotificationWording } from './notification-wording.js';
import { RequestedNotifier } from './requested-notifier.js';

/** The notification centre and the jobs that fill it. Needs the domain events, jobs and realtime modules (global). */
@Module({})
export class NotificationsModule {
  static forRoot(): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [
        NotificationService,
        NotificationPreferences,
        NotificationWording,
        NotificationDelivery,
        RequestedNotifier,
        NotificationMailer,
        DailyDigest,
      ],
      exports: [NotificationService, NotificationPreferences, NotificationWording],
    };
  }
}
