import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { EVENT_LIMITS } from '#libs/events';
import { GROUP_LIMITS } from '#libs/groups';
import { MY_SESSIONS_LIMIT } from '#libs/identity';
import { PROFILE_LIMITS } from '#libs/members';
import { ALLOWED_EMOJI } from '#libs/discussions';

/**
 * Every list field without paging (`first`/`after`), with the most items it ever answers: the server cuts the list
 * there (`capLists`), and the query cost prices it there (query-limits.ts), so that a member in 500 groups or an
 * event with 5,000 attendees cannot be asked for, fifteen aliases at a time, in tens of megabytes. Longer lists are
 * read in pages elsewhere: `groups(filter: { joinedOnly: true })`, `attendeesCsv`, `members`.
 */
export const LIST_CAPS: Readonly<Record<string, number>> = {
  // Grow with what members do: cut off, in the order the resolver answers.
  'Member.groups': 100,
  // Shown on profiles and directory cards (a page of 100 of them must stay within the cost); all one's own are
  // in `myPairings`.
  'Member.pairedWith': 20,
  'Member.consents': 50,
  'Event.announcements': 50,
  'Attendees.going': 500,
  'Attendees.waitlisted': 500,
  'Query.blockedMembers': 200,
  'Query.myPairings': 200,
  'Query.mySessions': MY_SESSIONS_LIMIT,
  // Kept by the admins: a few dozen.
  'Query.topics': 200,
  'Query.cohorts': 200,
  'MemberFacets.topics': 200,
  // Bounded by the domain's own rules.
  'Member.topics': PROFILE_LIMITS.topics,
  'Group.topics': GROUP_LIMITS.topics,
  'Event.topics': EVENT_LIMITS.topics,
  'Message.reactions': ALLOWED_EMOJI.length,
  'Mutation.toggleReaction': ALLOWED_EMOJI.length,
  'Thread.participants': 2,
  'Query.regions': 20,
  'MemberFacets.regions': 20,
  'MemberFacets.leaderTypes': 10,
  'Attendees.balance': 10,
  'Member.visibility': 20,
  'Query.notificationPreferences': 30,
  'Mutation.updateNotificationPreferences': 30,
  'PeerSuggestion.reasons': 10,
};

/** The cap of `Type.field`, if it is a list without paging. */
export function listCap(typeName: string, fieldName: string): number | undefined {
  return LIST_CAPS[`${typeName}.${fieldName}`];
}

/** Wraps the resolver of every capped field so that it answers at most its cap. */
export function capLists(schema: GraphQLSchema): GraphQLSchema {
  for (const [coordinate, cap] of Object.entries(LIST_CAPS)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    const cut = (value: unknown) =>
      Array.isArray(value) && value.length > cap ? value.slice(0, cap) : value;
    field.resolve = (...args) => {
      const value: unknown = resolve(...args);
      return value instanceof Promise ? value.then(cut) : cut(value);
    };
  }
  return schema;
}
