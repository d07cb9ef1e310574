import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TestingModule } from '@nestjs/testing';
import { MemberRole, type Viewer } from '#libs/identity';
import { newMember } from '../../../../test/support/member-factory.js';
import { serviceModule } from '../../../../test/support/service-module.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { GroupPeers } from './group-peers.js';
import { ProfileReader } from './profile-reader.js';

/**
 * The groups domain is not built yet; this stands in for it through the GroupPeers port, declaring who
 * shares a group with whom, so that the GROUP_PEERS rule is proven end to end through the reader.
 */
class DeclaredGroupPeers extends GroupPeers {
  static pairs: Array<[string, string]> = [];
  sharingAGroupWith(viewerId: string, memberIds: string[]): Promise<Set<string>> {
    const peers = DeclaredGroupPeers.pairs.flatMap(([a, b]) =>
      a === viewerId ? [b] : b === viewerId ? [a] : [],
    );
    return Promise.resolve(new Set(memberIds.filter((id) => peers.includes(id))));
  }
}

describe('GROUP_PEERS fields through the profile reader', () => {
  let db: TestDatabase;
  let module: TestingModule;

  beforeAll(async () => {
    db = await createTestDatabase();
    module = await serviceModule(db, { groupPeers: DeclaredGroupPeers });
  });

  afterAll(async () => {
    await module.close();
    await db.drop();
  });

  const viewer = (id: string): Viewer => ({
    memberId: id,
    sessionId: 's',
    role: MemberRole.MEMBER,
    handle: 'h',
  });

  it('shows a GROUP_PEERS field to a group peer and not to another member; an unlisted member stays reachable to peers', async () => {
    const owner = await newMember(db, {
      headline: 'Only for my groups',
      bio: 'For everyone',
      listedInDirectory: false,
      visibility: { HEADLINE: 'GROUP_PEERS' },
    });
    const peer = await newMember(db);
    const stranger = await newMember(db);
    DeclaredGroupPeers.pairs = [[owner.id, peer.id]];
    const reader = module.get(ProfileReader);

    const [seenByPeer] = await reader.viewMany(viewer(peer.id), [owner.id]);
    expect(seenByPeer).toMatchObject({ headline: 'Only for my groups', bio: 'For everyone' });
    expect(await reader.viewMany(viewer(stranger.id), [owner.id])).toEqual([]);

    await db.query(
      'UPDATE member_profiles SET listed_in_directory = true, in_directory = true WHERE member_id = $1',
      [owner.id],
    );
    const [seenByStranger] = await reader.viewMany(viewer(stranger.id), [owner.id]);
    expect(seenByStranger).toMatchObject({ headline: null, bio: 'For everyone' });
  });
});
