import { expect } from '@jest/globals';
import { createEventAs, rsvpAs } from './events.js';
import { MEMBER_PASSWORD, newMember } from './member-factory.js';
import { gqlAs, postAs, signedInPerson, type Person } from './people.js';
import { UPDATE } from './privacy.js';
import type { TestPlatform } from './test-platform.js';
import { jobsSettled } from './until.js';

/** Zebedee, who is about to delete their account, and everything of theirs the deletion must deal with. */
export interface AccountToDelete {
  del: Person & { refreshToken: string };
  /** In Zebedee's public group, asked by them to pair. */
  friend: Person;
  /** Blocked and unblocked by Zebedee; first on the waiting list for the event. */
  waiter: Person;
  /** Organiser of the event; blocked by Zebedee. */
  organiser: Person;
  /** Zebedee's public group, with the friend in it, and its thread. */
  groupId: string;
  threadId: string;
  /** A private group Zebedee is alone in. */
  soloGroupId: string;
  /** An event with one place, which Zebedee has. */
  eventId: string;
  feedPath: string;
  pairingId: string;
}

/**
 * Signs Zebedee in (keeping the refresh token) and gives them a profile with lived experience, two groups, a thread
 * with an edited message, blocks, a pairing request, the only place at an event and a calendar feed; then waits for
 * the jobs all that started.
 */
export async function accountToDelete(platform: TestPlatform): Promise<AccountToDelete> {
  const created = await newMember(platform.db, {
    displayName: 'Zebedee Quartermaine',
    handle: 'zebedee',
    bio: 'Zebedee writes about dialysis.',
    headline: 'Kidney patient leader',
    regionCode: 'WALES',
    leaderType: 'PATIENT_LEADER',
    openToPairing: true,
    organisation: 'Zeb Org',
  });
  const login = await platform.graphql<{ login: { accessToken: string; refreshToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
    { input: { email: created.email, password: MEMBER_PASSWORD } },
  );
  const del = {
    ...created,
    token: login.data!.login.accessToken,
    refreshToken: login.data!.login.refreshToken,
  };
  const friend = await signedInPerson(platform, 'Fern Quartermaine', {
    openToPairing: true,
    leaderType: 'HEALTHCARE_PROFESSIONAL',
  });
  const waiter = await signedInPerson(platform, 'Wren Waiter');
  const organiser = await signedInPerson(platform, 'Olu Organiser', { role: 'ORGANISER' });

  await gqlAs(platform, del, UPDATE, {
    input: { livedExperience: 'Kidney failure at 30.', consentToLivedExperience: true },
  });
  const groupId = (
    await gqlAs<{ createGroup: { id: string } }>(
      platform,
      del,
      'mutation { createGroup(input: { name: "Zebedee kidney club", visibility: PUBLIC }) { id } }',
    )
  ).createGroup.id;
  const soloGroupId = (
    await gqlAs<{ createGroup: { id: string } }>(
      platform,
      del,
      'mutation { createGroup(input: { name: "Zebedee alone", visibility: PRIVATE }) { id } }',
    )
  ).createGroup.id;
  await gqlAs(platform, friend, 'mutation($g: ID!) { joinGroup(groupId: $g) { status } }', {
    g: groupId,
  });
  const threadId = (
    await gqlAs<{ createThread: { id: string } }>(
      platform,
      del,
      'mutation($g: ID!) { createThread(input: { groupId: $g, title: "Dialysis tips", body: "ZEB-FIRST-WORDS" }) { id } }',
      { g: groupId },
    )
  ).createThread.id;
  await postAs(platform, friend, threadId, 'Thank you, this helps.');
  const draft = await postAs(platform, del, threadId, 'ZEB-DRAFT-WORDS');
  await gqlAs(
    platform,
    del,
    'mutation($id: ID!) { editMessage(id: $id, body: "ZEB-SECOND-THOUGHTS") { id } }',
    {
      id: draft,
    },
  );
  await gqlAs(platform, del, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: waiter.id });
  await gqlAs(platform, del, 'mutation($m: ID!) { unblockMember(memberId: $m) }', { m: waiter.id });
  await gqlAs(platform, del, 'mutation($m: ID!) { blockMember(memberId: $m) }', { m: organiser.id });
  const pairingId = (
    await gqlAs<{ requestPairing: { id: string } }>(
      platform,
      del,
      'mutation($m: ID!) { requestPairing(memberId: $m, message: "ZEB-PAIRING-WORDS") { id } }',
      { m: friend.id },
    )
  ).requestPairing.id;
  const eventId = (await createEventAs(platform, organiser, { title: 'Kidney walk', capacity: 1 })).id;
  await rsvpAs(platform, del, eventId, 'GOING');
  expect(await rsvpAs(platform, waiter, eventId, 'GOING')).toEqual({
    status: 'WAITLISTED',
    waitlistPosition: 1,
  });
  const feedPath = new URL(
    (await gqlAs<{ me: { calendarFeedUrl: string } }>(platform, del, '{ me { calendarFeedUrl } }')).me
      .calendarFeedUrl,
  ).pathname;
  expect((await fetch(`${platform.apiUrl}${feedPath}`)).status).toBe(200);
  await jobsSettled((sql) => platform.db.query(sql));
  return { del, friend, waiter, organiser, groupId, threadId, soloGroupId, eventId, feedPath, pairingId };
}
