// The authorization matrix's rows for events: a platform event and the group's, who sees their link and
// attendees, and who runs them.
import { createEventAs, daysFromNow } from '../events.js';
import {
  ADMINS_ONLY,
  CONTENT_MODERATORS,
  each,
  edgeIds,
  EVERY_MEMBER,
  GROUP_MODERATORS,
  GROUP_READERS,
  listed,
  OUTSIDE_HIDDEN_GROUP,
  platform,
  READS_GROUP,
  REPORT_HANDLERS,
  signedIn,
  unique,
  w,
  type Rows,
} from './shared.js';

const eventInput = (extra: Record<string, unknown> = {}) => ({
  title: `Matrix evening ${unique()}`,
  description: 'An evening the matrix plans.',
  startsAt: daysFromNow(12),
  endsAt: daysFromNow(12, 2),
  timezone: 'Europe/London',
  format: 'ONLINE',
  onlineUrl: 'https://meet.example.org/matrix',
  ...extra,
});
const freshGroupEvent = async () =>
  (await createEventAs(platform, w.people.owner, { groupId: w.groupId })).id;
const freshPlatformEvent = async () => (await createEventAs(platform, w.people.organiser)).id;

const EVENT = 'query($id: ID!) { event(id: $id) { id onlineUrl attendees { balanceSummary } } }';
/** A problem unless the event's link and attendees are shown exactly to whom they should be. */
const eventFields = (data: Record<string, unknown>, shown: { onlineUrl: boolean; attendees: boolean }) => {
  const event = data.event as { onlineUrl: string | null; attendees: unknown };
  if ((event.onlineUrl !== null) !== shown.onlineUrl) return `the online link is ${event.onlineUrl}`;
  if ((event.attendees !== null) !== shown.attendees)
    return `the attendees are ${JSON.stringify(event.attendees)}`;
  return undefined;
};

export const EVENT_QUERIES: Rows = {
  event: [
    {
      on: 'a platform event',
      request: () => ({ query: EVENT, variables: { id: w.platformEventId } }),
      expect: EVERY_MEMBER,
      // Nobody is going yet: the link and the attendees are for those who run it.
      check: (kind, data) => eventFields(data, { onlineUrl: kind === 'admin', attendees: kind === 'admin' }),
    },
    {
      on: 'the group’s event',
      request: () => ({ query: EVENT, variables: { id: w.groupEventId } }),
      expect: GROUP_READERS,
      // Everyone is going: the link for those who may see it; the attendees for those who run it.
      check: (kind, data) => eventFields(data, { onlineUrl: true, attendees: kind !== 'member' }),
    },
    {
      on: 'the group’s event, hidden by its owner',
      request: () => ({ query: EVENT, variables: { id: w.hiddenGroupEventId } }),
      expect: REPORT_HANDLERS,
    },
    {
      on: 'a platform event hidden by an admin',
      request: () => ({ query: EVENT, variables: { id: w.hiddenPlatformEventId } }),
      expect: signedIn({ ...each('NOT_FOUND'), admin: 'OK' }),
    },
  ],
  eventAttendeesCsv: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'query($id: ID!) { eventAttendeesCsv(eventId: $id) }',
        variables: { id: w.platformEventId },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'query($id: ID!) { eventAttendeesCsv(eventId: $id) }',
        variables: { id: w.groupEventId },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  events: {
    request: () => ({ query: '{ events(first: 100) { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    check: (kind, data) =>
      listed(edgeIds(data.events), w.groupEventId, READS_GROUP.has(kind), 'the group’s event') ??
      listed(edgeIds(data.events), w.platformEventId, true, 'the platform event') ??
      (OUTSIDE_HIDDEN_GROUP.has(kind)
        ? listed(edgeIds(data.events), w.hiddenGroup.eventId, false, 'the hidden group’s event')
        : undefined),
  },
  myEvents: {
    request: () => ({ query: '{ myEvents { edges { node { id } } } }' }),
    expect: EVERY_MEMBER,
    // All of them said they would go to the group's event while they were in the group.
    check: (kind, data) =>
      listed(edgeIds(data.myEvents), w.groupEventId, READS_GROUP.has(kind), 'the group’s event'),
  },
};

export const EVENT_MUTATIONS: Rows = {
  createEvent: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        variables: { i: eventInput() },
      }),
      // Organisers too (not a kind of viewer here).
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        variables: { i: eventInput({ groupId: w.groupId }) },
      }),
      expect: GROUP_MODERATORS,
    },
  ],
  updateEvent: [
    {
      on: 'a platform event',
      request: () => ({
        query:
          'mutation($id: ID!) { updateEvent(id: $id, input: { description: "Kept by the matrix" }) { id } }',
        variables: { id: w.platformEventId },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query:
          'mutation($id: ID!) { updateEvent(id: $id, input: { description: "Kept by the matrix" }) { id } }',
        variables: { id: w.groupEventId },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  cancelEvent: [
    {
      on: 'a platform event',
      request: async () => ({
        query: 'mutation($id: ID!) { cancelEvent(id: $id, reason: "The matrix") { status } }',
        variables: { id: await freshPlatformEvent() },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: async () => ({
        query: 'mutation($id: ID!) { cancelEvent(id: $id, reason: "The matrix") { status } }',
        variables: { id: await freshGroupEvent() },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  announceEvent: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'mutation($id: ID!) { announceEvent(eventId: $id, message: "News from the matrix") { id } }',
        variables: { id: w.platformEventId },
      }),
      expect: ADMINS_ONLY,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'mutation($id: ID!) { announceEvent(eventId: $id, message: "News from the matrix") { id } }',
        variables: { id: w.groupEventId },
      }),
      expect: CONTENT_MODERATORS,
    },
  ],
  rsvp: [
    {
      on: 'a platform event',
      request: () => ({
        query: 'mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { status } }',
        variables: { id: w.platformEventId },
      }),
      expect: EVERY_MEMBER,
    },
    {
      on: 'the group’s event',
      request: () => ({
        query: 'mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { status } }',
        variables: { id: w.groupEventId },
      }),
      expect: GROUP_READERS,
    },
  ],
};
