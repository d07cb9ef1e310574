import { Module, type DynamicModule } from '@nestjs/common';
import { GroupAccess } from './group-access.js';
import { GroupDirectory } from './group-directory.js';
import { GroupMembersService } from './group-members.service.js';
import { GroupService } from './group.service.js';
import { MembershipService } from './membership.service.js';

const SERVICES = [GroupAccess, GroupService, MembershipService, GroupDirectory, GroupMembersService];

/** Groups, memberships and the group policy. Needs IdentityModule and MembersModule (both global). */
@Module({})
export class GroupsModule {
  static forRoot(): DynamicModule {
    return { module: GroupsModule, global: true, providers: SERVICES, exports: SERVICES };
  }
}
