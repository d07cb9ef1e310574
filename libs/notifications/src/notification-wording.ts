import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.js';

/** What a notification says, in plain words, and where it leads (a path under the web app). */
export interface NotificationText {
  summary: string;
  /** The words that go with it (a message's opening, an announcement, a reason), when there are any. */
  excerpt: string | null;
  path: string;
}

/** The names a notification's wording needs, read when it is shown (so a renamed group reads as it is now). */
export interface NotificationNames {
  kind: NotificationKind;
  count: number;
  detail: string | null;
  actorName: string | null;
  threadId: string | null;
  threadTitle: string | null;
  messageBody: string | null;
  groupName: string | null;
  groupSlug: string | null;
  eventId: string | null;
  eventTitle: string | null;
}

/** How a kind is named in e-mails, on the unsubscribe page and in preferences. */
export const KIND_NAMES: Record<NotificationKind, string> = {
  [NotificationKind.MENTION]: 'mentions',
  [NotificationKind.REPLY]: 'replies to your messages',
  [NotificationKind.DIRECT_MESSAGE]: 'direct messages',
  [NotificationKind.JOIN_REQUEST]: 'requests to join groups you run',
  [NotificationKind.JOIN_APPROVED]: 'approved requests to join a group',
  [NotificationKind.GROUP_INVITATION]: 'invitations to groups',
  [NotificationKind.PAIRING_REQUEST]: 'pairing requests',
  [NotificationKind.PAIRING_ANSWER]: 'answers to your pairing requests',
  [NotificationKind.EVENT_ANNOUNCEMENT]: 'event announcements',
  [NotificationKind.EVENT_CHANGED]: 'changes to your events',
  [NotificationKind.EVENT_CANCELLED]: 'cancelled events',
  [NotificationKind.WAITLIST_PROMOTED]: 'places from a waiting list',
  [NotificationKind.EVENT_REMINDER]: 'event reminders',
  [NotificationKind.GROUP_HANDED_OVER]: 'groups handed to you',
};

type Wording = (n: NotificationNames, actor: string) => string;

const SUMMARIES: Record<NotificationKind, Wording> = {
  MENTION: (n, actor) => `${actor} mentioned you in “${thread(n)}”`,
  REPLY: (n, actor) =>
    n.count === 1
      ? `${actor} replied to you in “${thread(n)}”`
      : `${n.count} new replies to you in “${thread(n)}”`,
  DIRECT_MESSAGE: (n, actor) =>
    n.count === 1 ? `${actor} sent you a message` : `${n.count} new messages from ${actor}`,
  JOIN_REQUEST: (n, actor) =>
    n.count === 1 ? `${actor} asked to join ${group(n)}` : `${n.count} people asked to join ${group(n)}`,
  JOIN_APPROVED: (n) => `You are now a member of ${group(n)}`,
  GROUP_INVITATION: (n, actor) => `${actor} invited you to join ${group(n)}`,
  PAIRING_REQUEST: (_, actor) => `${actor} asked you to be their collaborative pair`,
  PAIRING_ANSWER: (n, actor) =>
    n.detail === 'ACCEPTED'
      ? `${actor} accepted your pairing request: you are now a collaborative pair`
      : `${actor} is not able to pair at the moment`,
  EVENT_ANNOUNCEMENT: (n, actor) => `${actor} posted news about “${event(n)}”`,
  EVENT_CHANGED: (n) => `“${event(n)}” has changed`,
  EVENT_CANCELLED: (n) => `“${event(n)}” has been cancelled`,
  WAITLIST_PROMOTED: (n) => `A place opened up: you are now going to “${event(n)}”`,
  EVENT_REMINDER: (n) => `Reminder: “${event(n)}” is coming up`,
  GROUP_HANDED_OVER: (n) => `You are now an owner of ${group(n)}: its last owner has left Confer`,
};

/** A notification's wording and link. */
export function describe(n: NotificationNames): NotificationText {
  const actor = n.actorName ?? 'A former member';
  const summary = SUMMARIES[n.kind](n, actor);
  const fromMessage = [NotificationKind.MENTION, NotificationKind.REPLY, NotificationKind.DIRECT_MESSAGE];
  const words = fromMessage.includes(n.kind)
    ? n.messageBody
    : n.kind === NotificationKind.PAIRING_ANSWER
      ? null
      : n.detail;
  return { summary, excerpt: words ? excerptOf(words) : null, path: pathOf(n) };
}

function pathOf(n: NotificationNames): string {
  if (n.eventId) return `/events/${n.eventId}`;
  if (n.kind === NotificationKind.PAIRING_REQUEST || n.kind === NotificationKind.PAIRING_ANSWER)
    return '/pairings';
  if (n.groupSlug)
    return n.kind === NotificationKind.JOIN_REQUEST
      ? `/groups/${n.groupSlug}/requests`
      : `/groups/${n.groupSlug}`;
  if (n.threadId) return `/threads/${n.threadId}`;
  return '/notifications';
}

/** The first 300 characters of a text, as written (Markdown source). */
export function excerptOf(body: string): string {
  const trimmed = body.trim();
  return trimmed.length > 300 ? `${trimmed.slice(0, 299)}…` : trimmed;
}

const thread = (n: NotificationNames) => n.threadTitle ?? 'a conversation';
const group = (n: NotificationNames) => n.groupName ?? 'a group';
const event = (n: NotificationNames) => n.eventTitle ?? 'an event';

/** Reads the names notifications need, for any number of them in one statement. */
@Injectable()
export class NotificationWording {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async of(ids: string[]): Promise<Map<string, NotificationText>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<NotificationNames & { id: string }>>(
      `SELECT n.id, n.kind, n.count, n.detail, n.thread_id AS "threadId", n.event_id AS "eventId",
              a.display_name AS "actorName", t.title AS "threadTitle",
              (SELECT body FROM messages WHERE id = n.message_id AND deleted_at IS NULL) AS "messageBody",
              g.name AS "groupName", g.slug AS "groupSlug", e.title AS "eventTitle"
         FROM notifications n
         LEFT JOIN members a ON a.id = n.actor_id
         LEFT JOIN threads t ON t.id = n.thread_id
         LEFT JOIN groups g ON g.id = n.group_id
         LEFT JOIN events e ON e.id = n.event_id
        WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, describe(row)]));
  }
}
