// A helper process of bench/load.ts: what a busy evening starts from. Opens a session for each seeded member of
// LOAD_SEED (through the identity SessionService, as the tests do, bench/helper-process.ts: no argon2 per member;
// bench/login.ts measures sign-in), makes public groups of GROUP_SIZE members each (the first member owns it, the
// rest join), THREADS_PER_GROUP threads with some history in each, and EVENTS_PER_GROUP events of EVENT_CAPACITY
// places (so that some RSVPs land on the waitlist). Forked with DATABASE_URL, JWT_SECRET and those settings; answers
// LoadFixtures over IPC.
import { DataSource } from 'typeorm';
import { MessageService, ThreadService } from '#libs/discussions';
import { EventFormat, EventService } from '#libs/events';
import { GroupService, GroupVisibility, MembershipService } from '#libs/groups';
import { AuthenticationService, type Viewer } from '#libs/identity';
import { answerAndExit, inParallel, seededSessions, startHelperContext } from './helper-process.js';

export interface LoadGroup {
  id: string;
  threadIds: string[];
  eventIds: string[];
  regionCode: string;
}

export interface LoadFixtures {
  /** Access tokens and member ids, in the seeded members' order. */
  tokens: string[];
  memberIds: string[];
  /** Member i belongs to group floor(i / GROUP_SIZE). */
  groups: LoadGroup[];
  groupSize: number;
  regionCodes: string[];
  topicSlugs: string[];
}

const HISTORY = 15;

const seed = Number(process.env.LOAD_SEED);
const groupSize = Number(process.env.GROUP_SIZE ?? 50);
const threadsPerGroup = Number(process.env.THREADS_PER_GROUP ?? 5);
const eventsPerGroup = Number(process.env.EVENTS_PER_GROUP ?? 2);
const eventCapacity = Number(process.env.EVENT_CAPACITY ?? 30);

const app = await startHelperContext();
const dataSource = app.get(DataSource);
const authentication = app.get(AuthenticationService);

const { memberIds, tokens } = await seededSessions(app, seed);
const regionCodes = (
  await dataSource.query<Array<{ code: string }>>('SELECT code FROM regions ORDER BY code')
).map((row) => row.code);
const topicSlugs = (
  await dataSource.query<Array<{ slug: string }>>('SELECT slug FROM topics ORDER BY slug')
).map((row) => row.slug);

const viewers = new Array<Viewer>(tokens.length);
await inParallel(tokens, async (token, n) => {
  viewers[n] = await authentication.authenticate(token);
});

const groupService = app.get(GroupService);
const memberships = app.get(MembershipService);
const threadService = app.get(ThreadService);
const messageService = app.get(MessageService);
const eventService = app.get(EventService);
const groupCount = Math.ceil(memberIds.length / groupSize);
const groups: LoadGroup[] = [];
const weekAhead = Date.now() + 7 * 24 * 3600_000;

await inParallel(
  Array.from({ length: groupCount }, (_, g) => g),
  async (g) => {
    const first = g * groupSize;
    const owner = viewers[first];
    const regionCode = regionCodes[g % regionCodes.length];
    const group = await groupService.createGroup(owner, {
      name: `Evening group ${g + 1} (${seed})`,
      description: 'A busy evening of the load benchmark.',
      visibility: GroupVisibility.PUBLIC,
      regionCode,
      topicSlugs: [topicSlugs[g % topicSlugs.length]],
    });
    for (let n = first + 1; n < Math.min(first + groupSize, memberIds.length); n++) {
      await memberships.joinGroup(viewers[n], group.id);
    }
    const threadIds: string[] = [];
    for (let t = 0; t < threadsPerGroup; t++) {
      const thread = await threadService.createThread(owner, {
        groupId: group.id,
        title: `Evening thread ${t + 1}`,
        body: 'Welcome, everyone.',
      });
      for (let m = 1; m < HISTORY; m++) {
        const author = viewers[first + (m % Math.min(groupSize, memberIds.length - first))];
        await messageService.postMessage(author, { threadId: thread.id, body: `Earlier message ${m}` });
      }
      threadIds.push(thread.id);
    }
    const eventIds: string[] = [];
    for (let e = 0; e < eventsPerGroup; e++) {
      const startsAt = new Date(weekAhead + (g * eventsPerGroup + e) * 3600_000);
      const event = await eventService.create(owner, {
        title: `Evening meet-up ${g + 1}.${e + 1}`,
        description: 'Meet the group.',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        timezone: 'Europe/London',
        format: EventFormat.ONLINE,
        onlineUrl: 'https://meet.example.org/evening',
        regionCode,
        capacity: eventCapacity,
        groupId: group.id,
      });
      eventIds.push(event.id);
    }
    groups[g] = { id: group.id, threadIds, eventIds, regionCode };
  },
);

await answerAndExit(app, {
  tokens,
  memberIds,
  groups,
  groupSize,
  regionCodes,
  topicSlugs,
} satisfies LoadFixtures);
