// The events and notifications operations the web app sends (names as in the public contract, docs/API.md).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Connection } from './connection';
import type { Region, Topic } from './taxonomy';

export type EventFormat = 'IN_PERSON' | 'ONLINE' | 'HYBRID';
export type RsvpStatus = 'GOING' | 'NOT_GOING' | 'WAITLISTED';

export interface Rsvp {
  status: RsvpStatus;
  waitlistPosition: number | null;
}

/** An event as a list shows it. */
export interface EventSummary {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  format: EventFormat;
  venue: string | null;
  status: 'SCHEDULED' | 'CANCELLED';
  capacity: number | null;
  goingCount: number;
  waitlistCount: number;
  region: { code: string; name: string } | null;
  topics: Topic[];
  viewerRsvp: Rsvp | null;
}

export interface Attendee {
  memberId: string;
  displayName: string;
  handle: string;
  leaderType: string | null;
  status: RsvpStatus;
  waitlistPosition: number | null;
}

/** An event with everything its own page shows. */
export interface EventDetail extends EventSummary {
  description: string;
  onlineUrl: string | null;
  cancelReason: string | null;
  rsvpDeadline: string | null;
  attendeesVisible: boolean;
  calendarUrl: string;
  organiser: { id: string; displayName: string } | null;
  group: {
    id: string;
    slug: string;
    name: string;
    viewerMembership: { role: 'OWNER' | 'MODERATOR' | 'MEMBER'; status: string } | null;
  } | null;
  announcements: Array<{ id: string; message: string; createdAt: string }>;
  attendees: { balanceSummary: string; going: Attendee[]; waitlisted: Attendee[] } | null;
}

export type { Connection, PageInfo } from './connection';

export interface EventFilter {
  regions?: string[];
  topics?: string[];
  text?: string;
}

const SUMMARY_FIELDS = `id title startsAt endsAt timezone format venue status capacity goingCount waitlistCount
  region { code name } topics { slug name } viewerRsvp { status waitlistPosition }`;

const DETAIL_FIELDS = `${SUMMARY_FIELDS} description onlineUrl cancelReason rsvpDeadline attendeesVisible calendarUrl
  organiser { id displayName } group { id slug name viewerMembership { role status } }
  announcements { id message createdAt }
  attendees { balanceSummary going { memberId displayName handle leaderType status waitlistPosition }
    waitlisted { memberId displayName handle leaderType status waitlistPosition } }`;

export const EVENTS: TypedDocumentNode<
  { events: Connection<EventSummary> },
  { filter: EventFilter; first: number; after?: string | null }
> = gql(`query Events($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${SUMMARY_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`);

export const MY_EVENTS: TypedDocumentNode<
  { myEvents: Connection<EventSummary> },
  { first: number; after?: string | null }
> = gql(`query MyEvents($first: Int, $after: String) {
  myEvents(first: $first, after: $after) {
    edges { cursor node { ${SUMMARY_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`);

export const EVENT: TypedDocumentNode<{ event: EventDetail }, { id: string }> = gql(
  `query Event($id: ID!) { event(id: $id) { ${DETAIL_FIELDS} } }`,
);

/** The regions and topics to filter by and to choose from, and the groups the viewer runs (for group events). */
export const EVENT_CHOICES: TypedDocumentNode<
  {
    regions: Region[];
    topics: Topic[];
    groups: Connection<{
      id: string;
      name: string;
      viewerMembership: { role: string; status: string } | null;
    }>;
  },
  Record<string, never>
> = gql`
  query EventChoices {
    regions {
      code
      name
    }
    topics {
      slug
      name
    }
    groups(filter: { joinedOnly: true }, first: 100) {
      edges {
        cursor
        node {
          id
          name
          viewerMembership {
            role
            status
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface EventInput {
  title: string | null;
  description: string | null;
  startsAt: string | null;
  endsAt: string | null;
  timezone: string | null;
  format: EventFormat | null;
  venue: string | null;
  onlineUrl: string | null;
  regionCode: string | null;
  topicSlugs: string[];
  capacity: number | null;
  rsvpDeadline: string | null;
  attendeesVisible: boolean;
  groupId?: string | null;
}

export const CREATE_EVENT: TypedDocumentNode<{ createEvent: { id: string } }, { input: EventInput }> = gql`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`;

export const UPDATE_EVENT: TypedDocumentNode<
  { updateEvent: EventDetail },
  { id: string; input: Omit<EventInput, 'groupId'> }
> = gql(`mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
  updateEvent(id: $id, input: $input) { ${DETAIL_FIELDS} }
}`);

export const CANCEL_EVENT: TypedDocumentNode<{ cancelEvent: EventDetail }, { id: string; reason: string }> =
  gql(
    `mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { ${DETAIL_FIELDS} } }`,
  );

export const RSVP: TypedDocumentNode<{ rsvp: Rsvp }, { eventId: string; status: 'GOING' | 'NOT_GOING' }> =
  gql`
    mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {
      rsvp(eventId: $eventId, status: $status) {
        status
        waitlistPosition
      }
    }
  `;

export const ANNOUNCE_EVENT: TypedDocumentNode<
  { announceEvent: { id: string; message: string; createdAt: string } },
  { eventId: string; message: string }
> = gql`
  mutation AnnounceEvent($eventId: ID!, $message: String!) {
    announceEvent(eventId: $eventId, message: $message) {
      id
      message
      createdAt
    }
  }
`;

export const EVENT_ATTENDEES_CSV: TypedDocumentNode<{ eventAttendeesCsv: string }, { eventId: string }> = gql`
  query EventAttendeesCsv($eventId: ID!) {
    eventAttendeesCsv(eventId: $eventId)
  }
`;

export const CALENDAR_FEED: TypedDocumentNode<
  { me: { id: string; calendarFeedUrl: string | null } },
  Record<string, never>
> = gql`
  query CalendarFeed {
    me {
      id
      calendarFeedUrl
    }
  }
`;

// Notifications

export type NotificationKind =
  | 'DIRECT_MESSAGE'
  | 'EVENT_ANNOUNCEMENT'
  | 'EVENT_CANCELLED'
  | 'EVENT_CHANGED'
  | 'EVENT_REMINDER'
  | 'GROUP_HANDED_OVER'
  | 'GROUP_INVITATION'
  | 'JOIN_APPROVED'
  | 'JOIN_REQUEST'
  | 'MENTION'
  | 'PAIRING_ANSWER'
  | 'PAIRING_REQUEST'
  | 'REPLY'
  | 'WAITLIST_PROMOTED';

export type NotificationChannel = 'IN_APP' | 'EMAIL_NOW' | 'DAILY_DIGEST' | 'OFF';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  summary: string;
  excerpt: string | null;
  link: string;
  count: number;
  readAt: string | null;
  updatedAt: string;
}

export const UNREAD_NOTIFICATION_COUNT: TypedDocumentNode<
  { unreadNotificationCount: number },
  Record<string, never>
> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const NOTIFICATIONS: TypedDocumentNode<
  { notifications: Connection<NotificationItem> },
  { first: number; after?: string | null; unreadOnly: boolean }
> = gql`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          id
          kind
          summary
          excerpt
          link
          count
          readAt
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<
  { markNotificationsRead: number },
  { ids?: string[] | null }
> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;

export interface NotificationPreference {
  kind: NotificationKind;
  channel: NotificationChannel;
}

export const NOTIFICATION_PREFERENCES: TypedDocumentNode<
  { notificationPreferences: NotificationPreference[] },
  Record<string, never>
> = gql`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
    }
  }
`;

export const UPDATE_NOTIFICATION_PREFERENCES: TypedDocumentNode<
  { updateNotificationPreferences: NotificationPreference[] },
  { input: { preferences: NotificationPreference[] } }
> = gql`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      kind
      channel
    }
  }
`;
