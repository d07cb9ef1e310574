// The events and notifications operations the web app sends (names as in the public contract, docs/API.md).
import { graphql } from './generated';
import type {
  AttendeeFieldsFragment,
  EventDetailFieldsFragment,
  EventSummaryFieldsFragment,
  NotificationPreferencesQuery,
  NotificationsQuery,
  RsvpFieldsFragment,
  UpdateEventInput,
} from './generated/graphql';

export type {
  EventFilter,
  EventFormat,
  NotificationChannel,
  NotificationKind,
  RsvpStatus,
} from './generated/graphql';

export type { Connection, PageInfo } from './connection';

export type Rsvp = RsvpFieldsFragment;

/** An event as a list shows it. */
export type EventSummary = EventSummaryFieldsFragment;

export type Attendee = AttendeeFieldsFragment;

/** An event with everything its own page shows. */
export type EventDetail = EventDetailFieldsFragment;

/** What the event form sends: creating one (in a group or not), or changing one (no group then). */
export type EventInput = UpdateEventInput & { groupId?: string | null };

export const RSVP_FIELDS = graphql(`
  fragment RsvpFields on Rsvp {
    status
    waitlistPosition
  }
`);

export const EVENT_SUMMARY_FIELDS = graphql(`
  fragment EventSummaryFields on Event {
    id
    title
    startsAt
    endsAt
    timezone
    format
    venue
    status
    capacity
    goingCount
    waitlistCount
    region {
      ...RegionFields
    }
    topics {
      ...TopicFields
    }
    viewerRsvp {
      ...RsvpFields
    }
  }
`);

export const ATTENDEE_FIELDS = graphql(`
  fragment AttendeeFields on Attendee {
    memberId
    displayName
    handle
    leaderType
    status
    waitlistPosition
  }
`);

export const EVENT_DETAIL_FIELDS = graphql(`
  fragment EventDetailFields on Event {
    ...EventSummaryFields
    description
    onlineUrl
    cancelReason
    rsvpDeadline
    attendeesVisible
    calendarUrl
    organiser {
      id
      displayName
    }
    group {
      id
      slug
      name
    }
    viewerCan {
      rsvp
      rsvpGoing
      manage
      edit
    }
    announcements {
      id
      message
      createdAt
    }
    attendees {
      balanceSummary
      going {
        ...AttendeeFields
      }
      waitlisted {
        ...AttendeeFields
      }
    }
  }
`);

export const EVENTS = graphql(`
  query Events($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MY_EVENTS = graphql(`
  query MyEvents($first: Int, $after: String) {
    myEvents(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EVENT = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventDetailFields
    }
  }
`);

/**
 * The regions and topics to filter by and to choose from, whether the viewer may create a platform event, and their
 * groups with whether they may create each one's events.
 */
export const EVENT_CHOICES = graphql(`
  query EventChoices {
    viewerCan {
      createPlatformEvent
    }
    regions {
      ...RegionFields
    }
    topics {
      ...TopicFields
    }
    groups(filter: { joinedOnly: true }, first: 100) {
      edges {
        cursor
        node {
          id
          name
          viewerCan {
            createEvent
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      ...EventDetailFields
    }
  }
`);

export const CANCEL_EVENT = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      ...EventDetailFields
    }
  }
`);

export const RSVP = graphql(`
  mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {
    rsvp(eventId: $eventId, status: $status) {
      ...RsvpFields
    }
  }
`);

export const ANNOUNCE_EVENT = graphql(`
  mutation AnnounceEvent($eventId: ID!, $message: String!) {
    announceEvent(eventId: $eventId, message: $message) {
      id
      message
      createdAt
    }
  }
`);

export const EVENT_ATTENDEES_CSV = graphql(`
  query EventAttendeesCsv($eventId: ID!) {
    eventAttendeesCsv(eventId: $eventId)
  }
`);

export const CALENDAR_FEED = graphql(`
  query CalendarFeed {
    me {
      id
      calendarFeedUrl
    }
  }
`);

// Notifications

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS = graphql(`
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
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export type NotificationPreference = NotificationPreferencesQuery['notificationPreferences'][number];

export const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
    }
  }
`);

export const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      kind
      channel
    }
  }
`);
