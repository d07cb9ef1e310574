import { Injectable } from '@nestjs/common';

export type MembershipEndedHandler = (groupId: string, memberId: string) => Promise<void>;

/** Domain events of groups, after commit: other domains (live threads) follow a member who lost access. */
@Injectable()
export class GroupLifecycle {
  private readonly ended: MembershipEndedHandler[] = [];

  onMembershipEnded(handler: MembershipEndedHandler): void {
    this.ended.push(handler);
  }

  async membershipEnded(groupId: string, memberId: string): Promise<void> {
    for (const handler of this.ended) await handler(groupId, memberId);
  }
}
