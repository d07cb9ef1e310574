/**
 * Who shares a group whose membership someone decided (PRIVATE or HIDDEN, where both are active) with whom: a
 * PUBLIC group anyone joins in one step does not count. The groups domain answers this; until it is wired in,
 * nobody does, and GROUP_PEERS fields are seen by their owner alone.
 */
export abstract class GroupPeers {
  /** The subset of `memberIds` that share at least one active PRIVATE or HIDDEN group with `viewerId`. */
  abstract sharingAGroupWith(viewerId: string, memberIds: string[]): Promise<Set<string>>;
}

export class NoGroupPeers extends GroupPeers {
  sharingAGroupWith(): Promise<Set<string>> {
    return Promise.resolve(new Set());
  }
}
