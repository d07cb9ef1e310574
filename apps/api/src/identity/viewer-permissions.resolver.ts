import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EventAccess } from '#libs/events';
import { identityPolicy, type Viewer } from '#libs/identity';
import { CurrentViewer } from '../graphql/viewer.decorator.js';

@ObjectType('ViewerPermissions', {
  description:
    'What you may do across the platform, beside what `viewerCan` says on each group, event and thread.',
})
export class ViewerPermissionsType {
  @Field({
    description:
      'Create a platform event (createEvent without groupId): organisers and admins. A group’s event: ' +
      '`Group.viewerCan.createEvent`.',
  })
  createPlatformEvent!: boolean;

  @Field({
    description:
      'Use the admin pages: invitations, topics, cohorts, reports and the audit log (the operations they call ' +
      'answer FORBIDDEN to anyone else): admins.',
  })
  administer!: boolean;

  @Field({ description: 'Read the audit log (auditLog): admins.' })
  readAuditLog!: boolean;
}

/** The platform-wide permissions of the signed-in member, as the domains' policies answer them. */
@Resolver(() => ViewerPermissionsType)
export class ViewerPermissionsResolver {
  constructor(@Inject(EventAccess) private readonly events: EventAccess) {}

  @Query(() => ViewerPermissionsType, {
    description:
      'What you may do across the platform (on a group, event, thread or message: its `viewerCan`).',
  })
  async viewerCan(@CurrentViewer() viewer: Viewer): Promise<ViewerPermissionsType> {
    return {
      createPlatformEvent: await this.events.mayCreate(viewer, null),
      administer: identityPolicy.mayAdminister(viewer),
      readAuditLog: identityPolicy.mayReadAuditLog(viewer),
    };
  }
}
