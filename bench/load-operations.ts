// The GraphQL a simulated member sends (bench/load-member.ts), as the web app asks: the same fields a screen shows.

export const ME = `query { me { id displayName handle region { code } } unreadNotificationCount }`;

export const GROUP_PAGE = `query($id: ID!) { group(id: $id) {
  id name description memberCount viewerMembership { role status }
  threads(first: 20) { edges { node { id title messageCount unreadCount lastActivityAt pinned } } }
  events(first: 5) { id title startsAt goingCount capacity viewerRsvp { status waitlistPosition } } } }`;

export const THREAD_PAGE = `query($id: ID!) { thread(id: $id) { id title locked
  messages(last: 30) { edges { node { id seq body createdAt editedAt deleted author { id displayName }
    reactions { emoji count viewerReacted } } } pageInfo { hasPreviousPage startCursor } } } }`;

export const OLDER_MESSAGES = `query($id: ID!, $before: String!) { thread(id: $id) {
  messages(last: 30, before: $before) { edges { node { id seq body author { displayName } } }
    pageInfo { hasPreviousPage startCursor } } } }`;

export const DIRECTORY = `query($filter: MemberFilter, $first: Int) { members(filter: $filter, first: $first) {
  totalCount edges { node { id displayName handle headline leaderType region { name } topics { name } } }
  facets { regions { value count } topics { value count } leaderTypes { value count } }
  pageInfo { hasNextPage endCursor } } }`;

export const EVENTS = `query($filter: EventFilter) { events(filter: $filter, first: 20) {
  edges { node { id title startsAt format goingCount capacity region { name } viewerRsvp { status waitlistPosition } } }
  pageInfo { hasNextPage endCursor } } }`;

export const RSVP = `mutation($id: ID!, $status: RsvpStatus!) { rsvp(eventId: $id, status: $status) {
  status waitlistPosition } }`;

export const NOTIFICATIONS = `query { notifications(first: 20) { edges { node { id kind summary excerpt link readAt
  createdAt } } } unreadNotificationCount }`;

/** Directory requests a member makes: words, names (one misspelt), and filters. */
export function directoryFilter(
  n: number,
  regions: string[],
  topics: string[],
): { filter: Record<string, unknown>; first: number } {
  const words = ['mental health', 'nurse', 'carer', 'co-production', 'maternity', 'Smith', 'Pryia', 'trust'];
  switch (n % 4) {
    case 0:
      return { filter: { text: words[n % words.length] }, first: 20 };
    case 1:
      return { filter: { regions: [regions[n % regions.length]] }, first: 20 };
    case 2:
      return {
        filter: {
          regions: [regions[n % regions.length]],
          topics: [topics[n % topics.length]],
          openToPairing: true,
        },
        first: 20,
      };
    default:
      return { filter: { topics: [topics[n % topics.length]], leaderTypes: ['PATIENT_LEADER'] }, first: 20 };
  }
}
