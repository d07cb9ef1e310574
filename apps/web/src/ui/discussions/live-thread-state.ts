// The pure parts of a live thread: merging messages by seq, reactions, and what is kept in this tab's storage.
import type { MessagePayload, ReactionCount } from '#libs/client';
import type { MessageNode, MessagePermissions } from '../../graphql/discussions-operations';

export type Reaction = { emoji: string; count: number; viewerReacted: boolean };

/** A stored message as the thread shows it (from GraphQL or the socket). */
export interface LiveMessage {
  id: string;
  seq: number;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
  author: { id: string; handle: string; displayName: string } | null;
  reactions: Reaction[];
  /** What the viewer may do with it, as the server said (GraphQL); null for one that arrived live (the socket says none). */
  viewerCan: MessagePermissions | null;
}

/** A message written here and not stored yet: being sent, or not sent (kept, to be tried again with its clientId). */
export interface UnsentMessage {
  clientId: string;
  body: string;
  state: 'sending' | 'failed';
  /** Why the server refused it, when it did (a retry will not help then). */
  reason?: string;
}

export function fromNode(node: MessageNode): LiveMessage {
  return {
    ...node,
    reactions: node.reactions.map((reaction) => ({ ...reaction })),
    viewerCan: { ...node.viewerCan },
  };
}

/** A socket payload, keeping the reactions and permissions already known for it (payloads carry neither). */
export function fromPayload(payload: MessagePayload, known?: LiveMessage): LiveMessage {
  return {
    id: payload.id,
    seq: payload.seq,
    body: payload.body,
    createdAt: payload.createdAt,
    editedAt: payload.editedAt,
    deleted: payload.deleted,
    hidden: payload.hidden,
    author: payload.author,
    reactions: known?.reactions ?? [],
    viewerCan: known?.viewerCan ?? null,
  };
}

/** Adds or replaces messages (by id), in seq order. */
export function mergeMessages(shown: LiveMessage[], incoming: LiveMessage[]): LiveMessage[] {
  if (incoming.length === 0) return shown;
  const byId = new Map(shown.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** Socket payloads added or replaced (by id, in seq order), each keeping the reactions already known for it. */
export function mergePayloads(shown: LiveMessage[], payloads: MessagePayload[]): LiveMessage[] {
  return mergeMessages(
    shown,
    payloads.map((payload) =>
      fromPayload(
        payload,
        shown.find((m) => m.id === payload.id),
      ),
    ),
  );
}

/** Counts told by the socket, keeping whether the viewer is among them (which only the viewer's own toggles say). */
export function withCounts(known: Reaction[], counts: ReactionCount[]): Reaction[] {
  return counts
    .filter((count) => count.count > 0)
    .map((count) => ({
      emoji: count.emoji,
      count: count.count,
      viewerReacted: known.find((reaction) => reaction.emoji === count.emoji)?.viewerReacted ?? false,
    }));
}

/**
 * Where "New messages" goes when the thread opens: before the oldest of the last `unreadCount` messages by others.
 */
export function firstUnreadSeq(
  messages: LiveMessage[],
  unreadCount: number,
  viewerId: string,
): number | null {
  if (unreadCount <= 0) return null;
  let left = unreadCount;
  for (let index = messages.length - 1; index >= 0; index--) {
    if (messages[index].author?.id === viewerId) continue;
    left -= 1;
    if (left === 0) return messages[index].seq;
  }
  return messages[0]?.seq ?? null;
}

const draftKey = (threadId: string) => `confer.draft.${threadId}`;
const unsentKey = (threadId: string) => `confer.unsent.${threadId}`;

function read<T>(key: string, fallback: T): T {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}
function write(key: string, value: unknown, keep: boolean) {
  try {
    if (keep) sessionStorage.setItem(key, JSON.stringify(value));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage full or refused: the text is still on screen.
  }
}

export const loadDraft = (threadId: string): string => read(draftKey(threadId), '');
export const saveDraft = (threadId: string, text: string) => write(draftKey(threadId), text, text !== '');

/** Unsent messages survive a reload as "not sent" (a send in flight when the page closed is tried again by Retry). */
export const loadUnsent = (threadId: string): UnsentMessage[] =>
  read<UnsentMessage[]>(unsentKey(threadId), []).map((message) => ({ ...message, state: 'failed' }));
export const saveUnsent = (threadId: string, unsent: UnsentMessage[]) =>
  write(unsentKey(threadId), unsent, unsent.length > 0);
