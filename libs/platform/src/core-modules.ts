import type { DynamicModule, Type } from '@nestjs/common';
import { AuditModule } from '#libs/audit';
import { ConfigModule, type Config } from '#libs/config';
import { DatabaseModule } from '#libs/database';
import { DiscussionsModule } from '#libs/discussions';
import { DomainEventsModule } from '#libs/domain-events';
import { EventsModule } from '#libs/events';
import { GroupPeersFromMemberships, GroupsModule } from '#libs/groups';
import { IdentityModule } from '#libs/identity';
import { JobsModule } from '#libs/jobs';
import { loggingModule } from '#libs/logging';
import { MailModule } from '#libs/mail';
import { MembersModule, type GroupPeers } from '#libs/members';
import { MetricsModule } from '#libs/metrics';
import { ModerationModule } from '#libs/moderation';
import { NotificationsModule } from '#libs/notifications';
import { PrivacyModule } from '#libs/privacy';
import { RateLimitsModule } from '#libs/rate-limits';
import { RealtimePublisherModule } from '#libs/realtime-publisher';
import { ENTITIES } from './entities.js';

/**
 * What every Confer process stands on: settings, logs, the database, metrics, the realtime publisher, the job
 * queue, the domain events, mail, the shared throttle, identity, members, groups, discussions, notifications.
 */
export function coreModules(
  app: 'api' | 'realtime' | 'worker',
  config: Config,
  databaseUrl: string,
  members: { groupPeers?: Type<GroupPeers> } = {},
): DynamicModule[] {
  return [
    ConfigModule.forRoot(config),
    loggingModule(app, config.logLevel),
    DatabaseModule.forRoot(databaseUrl, ENTITIES, `confer-${app}`),
    MetricsModule.forRoot({ token: config.metricsToken }),
    RealtimePublisherModule.forRoot({ databaseUrl, redisUrl: config.redisUrl }),
    // Jobs run in the worker process, and in the API unless WORKERS_IN_API=false (then run `npm run start:worker`).
    JobsModule.forRoot({
      databaseUrl,
      work: app === 'worker' || (app === 'api' && config.workersInApi),
      pollingIntervalSeconds: config.jobsPollSeconds,
    }),
    DomainEventsModule.forRoot(),
    MailModule.forRoot({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
    RateLimitsModule.forRoot(),
    AuditModule.forRoot(),
    IdentityModule.forRoot({ jwtSecret: config.jwtSecret }),
    MembersModule.forRoot({ groupPeers: members.groupPeers ?? GroupPeersFromMemberships }),
    GroupsModule.forRoot(),
    DiscussionsModule.forRoot(),
    NotificationsModule.forRoot(),
    EventsModule.forRoot(),
    PrivacyModule.forRoot(),
    ModerationModule.forRoot(),
  ];
}
