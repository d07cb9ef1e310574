import type { DynamicModule, Type } from '@nestjs/common';
import { ConfigModule, type Config } from '#libs/config';
import { DatabaseModule } from '#libs/database';
import { DiscussionsModule } from '#libs/discussions';
import { GroupPeersFromMemberships, GroupsModule } from '#libs/groups';
import { IdentityModule } from '#libs/identity';
import { loggingModule } from '#libs/logging';
import { MailModule } from '#libs/mail';
import { MembersModule, type GroupPeers } from '#libs/members';
import { RealtimePublisherModule } from '#libs/realtime-publisher';
import { ENTITIES } from './entities.js';

/** What every Confer process stands on: settings, logs, the database, mail, identity, members, groups, discussions. */
export function coreModules(
  app: 'api' | 'realtime',
  config: Config,
  databaseUrl: string,
  members: { groupPeers?: Type<GroupPeers> } = {},
): DynamicModule[] {
  return [
    ConfigModule.forRoot(config),
    loggingModule(app, config.logLevel),
    DatabaseModule.forRoot(databaseUrl, ENTITIES, `confer-${app}`),
    RealtimePublisherModule.forRoot({ databaseUrl, redisUrl: config.redisUrl }),
    MailModule.forRoot({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
    IdentityModule.forRoot({ jwtSecret: config.jwtSecret }),
    MembersModule.forRoot({ groupPeers: members.groupPeers ?? GroupPeersFromMemberships }),
    GroupsModule.forRoot(),
    DiscussionsModule.forRoot(),
  ];
}
