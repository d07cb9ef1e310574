// Plain words for the kinds of notification and the ways of hearing about them.
import type { NotificationChannel, NotificationKind } from '../../graphql/events-operations';

export const KIND_WORDS: Record<NotificationKind, string> = {
  MENTION: 'Someone mentions you (@your-name) in a conversation',
  REPLY: 'Someone replies to your message',
  DIRECT_MESSAGE: 'Someone sends you a direct message',
  GROUP_INVITATION: 'You are invited to join a group',
  JOIN_REQUEST: 'Someone asks to join a group you run',
  JOIN_APPROVED: 'Your request to join a group is accepted',
  PAIRING_REQUEST: 'Someone asks to pair up with you',
  PAIRING_ANSWER: 'Someone answers your request to pair up',
  WAITLIST_PROMOTED: 'A place frees up for you at an event',
  EVENT_ANNOUNCEMENT: 'News about an event you are going to',
  EVENT_CHANGED: 'An event you are going to changes its time, place or link',
  EVENT_CANCELLED: 'An event you are going to is cancelled',
  EVENT_REMINDER: 'A reminder before an event you are going to',
  GROUP_HANDED_OVER: 'A group is handed to you because its last owner left',
};

export const CHANNEL_WORDS: Record<NotificationChannel, string> = {
  IN_APP: 'Here in Confer only',
  EMAIL_NOW: 'Here, and by e-mail straight away',
  DAILY_DIGEST: 'Here, and in one e-mail a day',
  OFF: 'Not at all',
};
